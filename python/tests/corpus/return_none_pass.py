def nothing():
    pass


def early(x):
    if x < 0:
        return
    return x * 2


def multi():
    return 1, "two", 3.0


print(nothing())
print(early(-1), early(4))
print(multi())
a, b, c = multi()
print(b)
