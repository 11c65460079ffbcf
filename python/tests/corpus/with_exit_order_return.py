class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return False


class FailEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *args):
        print("never called")


def early():
    with Tag("a") as a, Tag("b") as b:
        return a + b


print(early())
try:
    with Tag("outer"):
        with Tag("inner"):
            raise KeyError("k")
except KeyError:
    print("handled")
try:
    with FailEnter():
        print("body never runs")
except RuntimeError as e:
    print("RuntimeError:", e)
for i in range(3):
    with Tag(str(i)):
        if i == 1:
            break
