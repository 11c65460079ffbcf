def inner(n):
    for i in range(n):
        yield i
    return n * 100


def outer():
    a = yield from inner(2)
    print("inner returned", a)
    b = yield from inner(3)
    print("inner returned", b)
    yield from "xy"
    return a + b


g = outer()
print(list(g))


def delegate():
    result = yield from outer()
    print("total", result)


for v in delegate():
    pass
