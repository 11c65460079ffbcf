# object's own methods, called on the class: object.__setattr__ in a
# __setattr__ override, object.__repr__, object.__eq__, object.__init__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")


f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        object.__setattr__(self, name, value)


g = Logged()
g.a = 1
g.b = [2]
print(g.a, g.b, vars(g))
print(object.__eq__(g, g), object.__eq__(g, f), object.__ne__(g, f))
print(object.__repr__(g).startswith("<__main__.Logged object at 0x"))
print(object.__str__(g) == object.__repr__(g))
print(object.__hash__(g) == hash(g))
object.__init__(g)
print("done")
