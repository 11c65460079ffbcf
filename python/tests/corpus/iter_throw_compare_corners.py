# iter(callable, sentinel) ended by StopIteration, reversed() needing the sequence
# protocol, the old gen.throw(Type, value), and a comparison method that returns
# NotImplemented asked once.
def f():
    raise StopIteration
print(list(iter(f, None)))
n = iter([1, 2, 3, 0, 5]).__next__
print(list(iter(n, 0)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
class NoRev:
    def __iter__(self): return iter([1])
try:
    print(list(reversed(NoRev())))
except TypeError as e:
    print(e)
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
print(list(reversed(Seq())))
def gen():
    while True:
        try:
            yield 1
        except Exception as e:
            yield f"{type(e).__name__}: {e}"
g = gen(); next(g)
print(g.throw(TypeError, "msg"))
next(g)
print(g.throw(ValueError, ("a", "b")))
next(g)
print(g.throw(KeyError, None))
next(g)
print(g.throw(ValueError, ValueError("inst")))
next(g)
print(g.throw(ValueError("plain")))
class A:
    def __lt__(self, o):
        print("lt"); return NotImplemented
class B:
    def __gt__(self, o):
        print("gt"); return NotImplemented
try: A() < 1
except TypeError as e: print(e)
try: A() < B()
except TypeError as e: print(e)
try: 1 > A()
except TypeError as e: print(e)
print(sorted([3, 1, 2]))
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"P({self.v})"
print(sorted([P(2), P(1)]), P(1) > P(0))
