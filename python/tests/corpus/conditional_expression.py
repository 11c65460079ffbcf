for n in [-5, 0, 7]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
x = None
print(x if x is not None else "default")
print("even" if 4 % 2 == 0 else "odd")


def side(label, value):
    print("evaluated", label)
    return value


print(side("a", 1) if side("cond", False) else side("b", 2))
