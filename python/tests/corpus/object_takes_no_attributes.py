# A bare object() has no __dict__: setting an attribute on it raises AttributeError.
o = object()
try:
    o.x = 3
except AttributeError as e:
    print(e)
try:
    setattr(o, "y", 1)
except AttributeError as e:
    print(e)
sentinel = object()
print(sentinel is sentinel, type(o).__name__)
class C: pass
c = C(); c.x = 1; print(c.x)
