# abc.ABC and abstractmethod: a class with abstract methods left cannot be instantiated.
from abc import ABC, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return f"{type(self).__name__}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
print(Rect(2, 3).describe(), Square(2).describe(), isinstance(Square(1), Shape))
class Half(Shape):
    def area(self):
        return 0
for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print(e)
class Animal(abc.ABC):
    @property
    @abstractmethod
    def sound(self): ...
    @classmethod
    @abstractmethod
    def kind(cls): ...
    @staticmethod
    @abc.abstractmethod
    def legs(): ...
class Dog(Animal):
    @property
    def sound(self):
        return "woof"
    @classmethod
    def kind(cls):
        return "dog"
    @staticmethod
    def legs():
        return 4
d = Dog()
print(d.sound, Dog.kind(), d.legs(), Shape.area.__isabstractmethod__, Shape.__mro__)
try:
    Animal()
except TypeError as e:
    print(e)
class Plugin(ABC):
    def __init__(self, name):
        self.name = name
p = Plugin("x")
print(p.name, type(p).__name__)
class Cat(Animal):
    sound = "meow"
Cat()
