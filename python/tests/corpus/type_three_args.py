# type(name, bases, dict) makes a class as a class statement would.
Point = type("Point", (), {"x": 0, "describe": lambda self: f"at {self.x}"})
p = Point()
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
print(p.x, p.describe())


class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__)

    def hello(self):
        return "hello from " + type(self).__name__


Child = type("Child", (Base,), {"__qualname__": "Outer.Child", "__doc__": "doc"})
print(Child().hello(), Child.__qualname__, Child.__doc__, Child.__mro__)
print(isinstance(Child(), Base), type(Child()) is Child)

for bad in [(1, (), {}), ("x", [], {}), ("x", (), []), ("x", (1,), {})]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("a", ())
except TypeError as e:
    print("TypeError:", e)
