# Descriptors (__get__/__set__/__delete__), __set_name__, __init_subclass__ and __slots__.
class Desc:
    def __get__(self, obj, typ=None):
        return "from __get__" if obj is not None else f"class access on {typ.__name__}"
    def __set__(self, obj, value):
        print("__set__", value)
    def __delete__(self, obj):
        print("__delete__")

class H:
    d = Desc()

h = H()
h.d = 5
print(h.d, H.d)
h.__dict__["d"] = "shadow"
print(h.d)
del h.d

class Named:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")

class Form:
    field = Named()
    other = Named()

f = Form()
print(Form.field.name, Form.field.owner, f.other)
f.other = 3
print(f.other)

class Lazy:
    """A non-data descriptor: the instance's own value wins once set."""
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        print("computed", self.name)
        return v

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r ** 2

c = Circle(2)
print(c.area, c.area)

registry = []
class Plugin:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        registry.append(cls.__name__)
class A(Plugin):
    pass
class B(A):
    pass
print(registry)

class Slotted:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = Slotted()
s.a = 2
print(s.a)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
class Free(Slotted):
    pass
fr = Free()
fr.b = 3
print(fr.b)
class Point:
    __slots__ = "x", "y"
p = Point()
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 1
print(p.x)
