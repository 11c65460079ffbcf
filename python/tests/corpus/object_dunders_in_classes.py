# Student-style classes meeting object's special methods: __str__ through a
# base's __repr__, __eq__ with NotImplemented and the derived __ne__, unhashable
# classes, total_ordering, dataclasses, copy, a __getattr__ proxy.
import copy
class Animal:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def __str__(self):
        return "Dog " + super().__str__()
d = Dog("rex")
print(d, repr(d), f"{d}", f"{d!r}", "%s %r" % (d, d), str([d]))
print(Animal.__str__(d), Animal.__repr__(d), object.__repr__(d)[:14])
print(d.__eq__(Dog("rex")), d == Dog("rex"), d != d, d.__ne__(d))
print(KeyError("k").__str__(), KeyError("k").__repr__(), OSError(2, "nf").__str__())
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
m = Money(1)
print(m == 1, m != 1, m.__eq__(1), m.__ne__(1), m.__ne__(Money(1)), m.__hash__, Money.__hash__)
print(m.__gt__(Money(0)), m.__le__(Money(3)), Money(0) > m, sorted([Money(3), Money(1)])[0].v)
try:
    {m}
except TypeError as e:
    print(e)
try:
    m <= m
except TypeError as e:
    print(e)
class Temp:
    def __format__(self, spec):
        return "T" + spec
print(format(Temp(), "x"), f"{Temp():>5}", Temp().__format__("q"), Temp().__str__()[:15])
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.__eq__(p), p.__hash__() == hash(p), p.__repr__()[:16])
class Meta:
    def __init_subclass__(cls, tag="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class X(Meta):
    pass
print(X.tag, X.__init_subclass__.__name__)
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
from dataclasses import dataclass
@dataclass
class DC:
    a: int
    def __str__(self):
        return "DC:" + super().__str__()
print(DC(1), DC.__hash__, DC(1).__eq__(DC(1)), DC(2).__ne__(DC(1)))
@dataclass(frozen=True)
class FZ:
    a: int
print(hash(FZ(1)) == hash(FZ(1)), FZ(1).__hash__() == hash((1,)))
try:
    FZ(1).a = 2
except Exception as e:
    print(type(e).__name__, e)

class P:
    def __init__(self):
        self.a = [1]
        self.b = {"x": 2}
p = P()
q = copy.copy(p); r = copy.deepcopy(p)
print(q.a is p.a, r.a is p.a, r.b, type(r).__name__)
class Proxy:
    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)
    def __getattr__(self, n):
        print("delegate", n)
        return getattr(self._obj, n)
    def __setattr__(self, n, v):
        setattr(self._obj, n, v)
pr = Proxy([3, 1, 2])
pr.sort()
print(pr._obj, str(pr)[:15], pr.__eq__(pr), pr.__len__())
print(callable(pr.__init__), callable(P.__init__), hasattr(P, "__init__"), hasattr(P, "__eq__"))
print(getattr(P(), "__dict__"), vars(P()))
class W:
    def __getattribute__(self, n):
        print("ga", n)
        return object.__getattribute__(self, n)
w = W()
w.z = 1
print(object.__getattribute__(w, "z"))
print(isinstance(P.__init__, object), P.__init__.__name__, P.__eq__.__name__, P().__eq__.__name__)
print(P().__eq__.__self__ is not None, P.__eq__.__qualname__ if hasattr(P.__eq__, '__qualname__') else '-')
