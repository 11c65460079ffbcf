def none():
    pass


def one(a):
    pass


def two(a, b):
    pass


def three(a, b, c):
    pass


def opt(a, b=1):
    pass


def kwonly(*, key, other):
    pass


class Greeter:
    def hello(self):
        pass


square = lambda x: x * x
for action in [
    lambda: none(1),
    lambda: two(),
    lambda: three(),
    lambda: three(1),
    lambda: opt(1, 2, 3),
    lambda: opt(),
    lambda: kwonly(),
    lambda: kwonly(key=1),
    lambda: kwonly(1),
    lambda: Greeter().hello(1),
    lambda: Greeter.hello(),
    lambda: square(),
    lambda: two(1, b=2, c=3),
    lambda: one(**{"a": 1, "b": 2}),
    lambda: two(1, 2, **{"a": 3}),
]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
