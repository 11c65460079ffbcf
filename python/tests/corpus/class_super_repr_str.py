class Animal:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def speak(self):
        return "..."

    def intro(self):
        return f"{self!r} says {self.speak()}"


class Dog(Animal):
    def speak(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.age})"

    def speak(self):
        return super().speak() + "!" * self.age

    def __str__(self):
        return "a puppy called " + self.name


for pet in [Animal("blob"), Dog("rex"), Puppy("bit", 2)]:
    print(pet.intro())
p = Puppy("ace", 1)
print(p, [p], str(p), f"{p!r}", "%s|%r" % (p, p))
print(Dog.speak(p), Animal.speak(p), super(Puppy, p).speak())
