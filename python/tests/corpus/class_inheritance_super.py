class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area()}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return "[" + super().describe() + "]"


for s in [Shape("blob"), Rect(2, 3), Square(4)]:
    print(s.describe())
print(isinstance(Square(1), Shape), issubclass(Rect, Square))
