def make_counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


a = make_counter()
b = make_counter()
print(a(), a(), a(5))
print(b())


def outer():
    x = "outer"

    def inner():
        nonlocal x
        x = "changed"

    inner()
    return x


print(outer())
