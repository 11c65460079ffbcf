# A __delattr__ override sees `del obj.x` (object.__delattr__ does the
# deletion); sys.exc_info()/sys.exception() name the exception being handled;
# dict() and dict.update() take any object with keys() as a mapping.
import sys


class Guarded:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("deleting", name)
        if name == "a":
            raise AttributeError("a is guarded")
        object.__delattr__(self, name)


g = Guarded()
del g.b
print(hasattr(g, "b"), g.a)
try:
    del g.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del g.missing
except AttributeError as e:
    print("AttributeError:", e)


class Child(Guarded):
    def __delattr__(self, name):
        print("child first")
        super().__delattr__(name)


c = Child()
del c.b
print(vars(c))

print(sys.exc_info(), sys.exception())
try:
    {}["k"]
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


class Settings:
    def __init__(self):
        self._data = {"debug": True, "level": 3}

    def keys(self):
        return list(self._data)

    def __getitem__(self, key):
        return self._data[key]


class Pairs:
    def __iter__(self):
        return iter([("x", 1), ("y", 2)])


print(dict(Settings()), dict(Settings(), extra=1), dict(Pairs()))
d = {"level": 0}
d.update(Settings())
d.update(Pairs())
print(d, {**Settings()})
try:
    sys.exc_info(1)
except TypeError as e:
    print("TypeError:", e)
