# match: class patterns: keyword and positional (__match_args__ of a class, a dataclass, a namedtuple), built-in types matching themselves.
from dataclasses import dataclass
from collections import namedtuple

@dataclass
class Point:
    x: float
    y: float

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius
    def __repr__(self):
        return f"Circle({self.center}, {self.radius})"

Size = namedtuple("Size", "w h")

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at y={y}"
        case Point(x, 0):
            return f"on the x axis at x={x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} around the origin"
        case Circle(center=c, radius=r) if r > 10:
            return f"big circle at {c}"
        case Size(w, h=1):
            return f"strip of width {w}"
        case Size(w=w, h=h):
            return f"{w}x{h}"
        case int(n) | float(n):
            return f"a number: {n}"
        case str(s):
            return f"a string of length {len(s)}"
        case list([a, *_]):
            return f"a list starting with {a}"
        case object(real=r) if not isinstance(p, (int, float)):
            return "has .real"
        case _:
            return f"something else: {p!r}"

for p in [Point(0, 0), Point(0, 3), Point(2, 0), Point(4, 4), Point(1, 2), Circle(Point(0, 0), 2),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), Size(5, 1), Size(3, 4), 7, 2.5, True, "abc",
          [9, 8], [], None]:
    print(where(p))

class NoArgs:
    pass
match NoArgs():
    case NoArgs():
        print("NoArgs() matches without sub-patterns")
