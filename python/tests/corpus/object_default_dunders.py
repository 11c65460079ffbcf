# object's special methods as attributes of instances and classes: a.__eq__(b)
# (True or NotImplemented), __ne__, the orderings (NotImplemented), __hash__,
# __str__/__repr__/__format__, __init__, __setattr__/__getattribute__/
# __delattr__, their types (method-wrapper, wrapper_descriptor) and reprs,
# and the same through super() in overrides.
class A:
    pass


a = A()
b = A()
print(a.__eq__(a), a.__eq__(b), a.__ne__(b), a.__ne__(a), a.__ne__(1))
print(a.__lt__(b), a.__le__(b), a.__gt__(b), a.__ge__(b))
print(type(a.__hash__()).__name__, a.__hash__() == hash(a), A.__hash__(a) == hash(a))
print(a.__str__()[:11], a.__repr__()[:11], a.__format__("")[:11], A.__str__(a)[:11])
print(a.__init__(), A.__init__(a), object.__init__(a))
a.__setattr__("x", 1)
print(a.x, a.__getattribute__("x"), object.__getattribute__(a, "x"))
a.__delattr__("x")
print(hasattr(a, "x"), hasattr(a, "__eq__"), hasattr(a, "__lt__"), hasattr(a, "__iter__"))
print(getattr(a, "__foo__", "no __foo__"))
print(type(a.__init__).__name__, type(A.__init__).__name__, type(object.__init__).__name__)
print(type(a.__eq__).__name__, type(A.__eq__).__name__, type(object.__new__).__name__)
print(type((5).__add__).__name__, type(a.__init_subclass__).__name__)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), A.__eq__(a, a))
print(A.__init__ is object.__init__, A.__eq__ is object.__eq__)
print(object.__init__, A.__init__, A.__eq__, object.__str__, object.__hash__)
print(a.__init_subclass__(), A.__subclasshook__(A))
print(object.__repr__(5)[:14], object.__str__([1]), object.__eq__(1, 1))


class H:
    def __eq__(self, other):
        return True


class H2(H):
    pass


print(H.__hash__, H2.__hash__, H().__hash__, H().__ne__(1), A.__hash__ is object.__hash__)

for f in [
    lambda: a.__getattribute__("y"),
    lambda: a.__eq__(),
    lambda: object.__eq__(),
    lambda: a.__hash__(1),
    lambda: a.__setattr__(1, 2),
    lambda: a.__format__(5),
    lambda: a.__format__("x"),
    lambda: object().__setattr__("x", 1),
    lambda: a.__delattr__("nope"),
]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class G:
    def __getattr__(self, name):
        return "getattr:" + name


g = G()
print(g.__eq__(g), g.zz, g.__lt__(g))
try:
    g.__getattribute__("qq")
except AttributeError as e:
    print("AttributeError", e)


class B:
    def __init__(self, v):
        super().__init__()
        self.v = v

    def __eq__(self, other):
        r = super().__eq__(other)
        print("super eq", r)
        if r is NotImplemented:
            return isinstance(other, B) and self.v == other.v
        return r

    def __hash__(self):
        return super().__hash__() & 0

    def __format__(self, spec):
        if spec:
            return "B" + spec
        return super().__format__(spec)

    def __str__(self):
        return "str:" + super().__str__()[:9]

    def __setattr__(self, k, v):
        print("set", k)
        super().__setattr__(k, v)

    def __getattribute__(self, k):
        return super().__getattribute__(k)


x = B(1)
y = B(1)
print(x == y, x != y, x == x, hash(x))
print(f"{x:zz}", format(x)[:9], str(x))
print(x.__ne__(y))


class P:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print("setter", v)
        self._x = v

    def __setattr__(self, k, v):
        print("setattr", k)
        object.__setattr__(self, k, v)


p = P()
p.x = 5
print(p.x, p.__dict__)
p.__delattr__("_x")
print(p.__dict__)


class S:
    __slots__ = ("a",)


s = S()
s.__setattr__("a", 3)
print(s.a)


class Base:
    @classmethod
    def make(cls):
        return super().__new__(cls)

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__)


class Der(Base):
    pass


print(type(Der.make()).__name__)
print(f"{a!s:.3}", "{}".format(a)[:4], format(a, "")[:4])
