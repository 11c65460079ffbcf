class BadInit:
    def __init__(self):
        return 1


class BadRepr:
    def __repr__(self):
        return 5


class BadStr:
    def __str__(self):
        return None


class BadLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadBool:
    def __bool__(self):
        return 1


class BadIter:
    def __iter__(self):
        return [1, 2]


class Plain:
    pass


for action in [
    lambda: BadInit(),
    lambda: repr(BadRepr()),
    lambda: str(BadStr()),
    lambda: len(BadLen(-1)),
    lambda: len(BadLen("x")),
    lambda: bool(BadBool()),
    lambda: iter(BadIter()),
    lambda: Plain()(),
    lambda: Plain() + 1,
    lambda: Plain() < Plain(),
    lambda: len(Plain()),
    lambda: Plain()[0],
    lambda: list(Plain()),
    lambda: 1 in Plain(),
    lambda: -Plain(),
]:
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(bool(BadLen(0)), bool(BadLen(3)), bool(Plain()))
