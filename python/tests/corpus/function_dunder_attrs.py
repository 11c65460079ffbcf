# A function's __name__, __qualname__, __doc__ and __module__ can be assigned
# (functools.wraps does); the new qualname is the one argument errors show.
def area(w, h):
    "The area."
    return w * h


print(area.__name__, area.__qualname__, area.__doc__, area.__module__, area.__dict__)
area.__name__ = "surface"
area.__qualname__ = "Shapes.surface"
area.__doc__ = "Renamed."
area.__module__ = "shapes"
area.__wrapped__ = None
print(area.__name__, area.__qualname__, area.__doc__, area.__module__, area.__dict__)
try:
    area(1)
except TypeError as e:
    print(e)
try:
    area(1, 2, 3)
except TypeError as e:
    print(e)
try:
    area(1, 2, d=4)
except TypeError as e:
    print(e)
try:
    area.__qualname__ = 5
except TypeError as e:
    print(e)
try:
    area.__name__ = None
except TypeError as e:
    print(e)
lam = lambda: 0
print(lam.__name__, lam.__doc__)
lam.__doc__ = "now documented"
print(lam.__doc__)


async def fetch():
    return 1


fetch.__qualname__ = "Client.fetch"
c = fetch()
print(c.__qualname__, c.__name__)
c.close()
print(area(2, 3))
