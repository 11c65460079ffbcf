# collections.namedtuple: fields by name and position, defaults, _asdict,
# _replace, _make, _fields, the repr, tuple behaviour (unpacking, equality
# with tuples, ordering, hashing, len, slicing) and the errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
q = Point(y=5, x=3)
print(p, q, repr(p), str(q))
print(p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(q))
x, y = q
print(x, y, *p)
print(p == (1, 2), (1, 2) == p, p != (1, 2), p == Point(1, 2), p == [1, 2])
print(p < q, q > (3, 4), sorted([q, p, Point(0, 9)]), max(p, q))
print(hash(p) == hash((1, 2)), {p: "origin"}[Point(1, 2)], Point(1, 2) in {p})
print(p + (3,), (0,) + p, p * 2, 2 in p, p.count(1), p.index(2))
print(p._asdict(), p._replace(y=20), Point._make([7, 8]), Point._fields)
print(Point.__name__, Point.__doc__, Point._field_defaults)

Job = namedtuple("Job", "name priority retries", defaults=[0, 3])
print(Job("a"), Job("b", 1), Job("c", 2, 5), Job._field_defaults)
Pair = namedtuple("Pair", "left, right")
print(Pair("l", "r"), namedtuple("Single", "only")(1))
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4))


class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()

    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5

    def __repr__(self):
        return f"<{self.dx}, {self.dy}>"


v = Vector(3, 4)
print(v, v.length(), v.dx, v == (3, 4), v._replace(dx=0), Vector._make((6, 8)).length())

cases = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=3),
    lambda: Point(1, x=3),
    lambda: Point._make([1]),
    lambda: p._replace(z=1),
    lambda: namedtuple("Bad", "x x"),
    lambda: namedtuple("Bad", "_x"),
    lambda: namedtuple("Bad", "class"),
    lambda: namedtuple("Bad", "1x"),
    lambda: namedtuple("1Bad", "x"),
    lambda: namedtuple("Bad", "x", defaults=[1, 2]),
    lambda: p[2],
]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 10
except AttributeError as e:
    print("AttributeError:", e)
p < 3
