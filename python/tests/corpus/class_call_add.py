class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __call__(self, scale):
        return Vec(self.x * scale, self.y * scale)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(10, 20)
print(a + b)
print(a(3))
print(callable(a), callable(5))
total = a
total += b
print(total, a)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
