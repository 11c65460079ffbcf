class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r ** 2


class Blob(Shape):
    pass


for s in [Circle(2), Blob()]:
    try:
        print(type(s).__name__, s.area())
    except NotImplementedError as e:
        print(type(s).__name__, "NotImplementedError:", e)
Blob().area()
