class Dog:
    species = "canis"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def speak(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self


rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.speak())
print(rex.birthday().birthday().age)
print(Dog.count, rex.species, Dog.species)
fido.species = "wolf"
print(fido.species, Dog.species, rex.species)
print(type(rex).__name__, type(rex) is Dog, isinstance(rex, Dog))
