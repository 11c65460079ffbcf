class Shape:
    def __init__(self, sides):
        if sides < 3:
            raise ValueError(f"a shape needs at least 3 sides, got {sides}")
        self.sides = sides


class Polygon(Shape):
    def __init__(self, name, sides):
        super().__init__(sides)
        self.name = name


def build(specs):
    return [Polygon(n, s) for n, s in specs]


print(len(build([("tri", 3), ("quad", 4)])))
build([("line", 2)])
