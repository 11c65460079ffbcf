# Instances with __eq__ and __hash__ as dict keys and set members: equal ones are one key.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


seen = {Point(1, 2): "a"}
seen[Point(1, 2)] = "b"
seen[Point(2, 1)] = "c"
print(seen, len(seen))
print(Point(1, 2) in seen, Point(5, 5) in seen, seen.get(Point(2, 1)))
del seen[Point(1, 2)]
print(seen)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s)
s.discard(Point(0, 0))
print(sorted(s, key=lambda p: p.x))
visits = {}
for p in [Point(1, 1), Point(2, 2), Point(1, 1), Point(1, 1)]:
    visits[p] = visits.get(p, 0) + 1
print(visits)
