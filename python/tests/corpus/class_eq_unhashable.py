class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


class Plain:
    pass


print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
a, b = Plain(), Plain()
print(a == a, a == b, len({a, b, a}))
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__ is None)
