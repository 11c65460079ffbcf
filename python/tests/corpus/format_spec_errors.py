class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


for value, spec in [
    ("s", "+"), ("s", "#"), ("s", "="), (5, ".2d"), (5, ",x"), (5, ",c"), (1.5, "d"),
    (5, "abc"), (5, ",_"), (-1, "c"), (0x110000, "c"), ([1], ">5"), (None, "s"),
    (Point(1, 2), ">10"), (1.5, "c"), ("x", "05"), (5, "_,"),
]:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
p = Point(1, 2)
print(repr(format(p, "")) == repr(str(p)))
