# Instance attributes past the shapes' limits (70 keys, 40 ways of adding them), deleted and re-added, written through __dict__, after __class__ changes: the order and values CPython's dicts keep.
class A:
    pass

a = A()
for i in range(70):
    setattr(a, f"k{i}", i)
print(len(vars(a)), list(vars(a))[:3], list(vars(a))[-2:])
b = A()
b.x = 1; b.y = 2; b.z = 3
del b.y
b.y = 4
print(vars(b))
c = A()
c.x = 1; c.y = 2
print(vars(c), c.__dict__)
objs = []
for i in range(40):
    o = A()
    setattr(o, "n%d" % i, i)
    o.common = i
    objs.append(o)
print([list(vars(o)) for o in objs[-3:]])
d = A()
d.__dict__.update({"p": 1, "q": 2})
d.r = 3
print(vars(d), d.p, d.q)
d.__dict__["p"] = 10
print(d.p, hasattr(d, "zz"), getattr(d, "q"))
del d.__dict__["q"]
print(vars(d), hasattr(d, "q"))
try:
    del d.nope
except AttributeError as e:
    print(e)
class B:
    def __init__(self, v):
        self.v = v
        self.w = v * 2
class C(B):
    def __init__(self, v):
        super().__init__(v)
        self.extra = True
xs = [B(1), C(2), B(3)]
xs[1].__class__ = B
print([vars(x) for x in xs], type(xs[1]).__name__)
e = B(5)
e.__dict__.clear() if hasattr(e.__dict__, "clear") else None
print(vars(e))
s = "dyn" + "amic"
setattr(e, s, 1)
print(e.dynamic, getattr(e, "dynamic"), vars(e))
for i in range(100):
    o = B(i)
    if i % 2:
        del o.v
        o.v = i
print(vars(o))
class S:
    __slots__ = ("a", "b")
t = S(); t.a = 1
print(t.a)
