x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, "a" < "b" < "c")


def v(n):
    print("eval", n)
    return n


print(v(1) < v(0) < v(3))
print(v(1) < v(2) < v(3))
print(3 > 2 != 2)
