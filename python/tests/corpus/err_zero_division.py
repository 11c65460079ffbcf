for expr in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 5.5 // 0.0,
             lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 2.0 % 0]:
    try:
        expr()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def average(xs):
    return sum(xs) / len(xs)


print(average([1, 2]))
print(average([]))
