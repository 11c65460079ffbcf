# super().prop reads the base class's property on the instance.
class Base:
    @property
    def label(self):
        return "base:" + self.name
class Child(Base):
    def __init__(self, name):
        self.name = name
    @property
    def label(self):
        return super().label.upper() + "!"
print(Child("x").label)
