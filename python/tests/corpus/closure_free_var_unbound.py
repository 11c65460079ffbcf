def outer():
    def show():
        return value

    try:
        show()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = 42
    return show


print(outer()())


def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = "changed"
    return [f() for f in fns]


print(make())


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n

    return inc, get


inc, get = counter()
inc()
inc()
print(get())
