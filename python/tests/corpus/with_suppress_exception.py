class Ignore:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return "entered"

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", repr(exc))
            return True
        return False


with Ignore(KeyError, IndexError) as value:
    print(value)
    [][1]
    print("not reached")
print("continues")
try:
    with Ignore(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", e)
