class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name


class Cat(Animal):
    kind = "cat"


print(Animal.__name__, Cat.__name__, type(Cat).__name__)
c = Cat("tom")
print(type(c) is Cat, type(c) is Animal, isinstance(c, Animal), type(c).__name__)
print(vars(c), c.__dict__)
print(Cat.__bases__[0].__name__, Cat.kind, Animal.kind)
factory = Cat
print(factory("felix").name)
print(repr(Animal), repr(c.__class__), str(int), str(type(None)), repr(type("")))
print(getattr(c, "name"), getattr(c, "age", "unknown"), hasattr(c, "kind"))
setattr(c, "age", 3)
print(c.age, vars(c))
