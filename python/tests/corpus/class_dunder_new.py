# A user __new__: a singleton, object.__new__, __init__ only on an instance of the class.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
a = Single(); b = Single()
print(a is b)

class B:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return object.__new__(cls)
b = B(1, 2)
print(type(b).__name__)

class Pos:
    def __new__(cls, x):
        if x < 0:
            return None
        inst = super().__new__(cls)
        inst.x = x
        return inst
    def __init__(self, x):
        print("init", x)
print(Pos(3).x, Pos(-1))

class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never")
print(type(Weird()).__name__)

class Base:
    def __new__(cls, *args, **kw):
        obj = super().__new__(cls)
        obj.made_by = cls.__name__
        return obj
class Child(Base):
    def __init__(self, v):
        self.v = v
c = Child(5)
print(c.made_by, c.v)
try:
    class Bad:
        def __new__(cls, x):
            return super().__new__(cls, x)
    Bad(1)
except TypeError as e:
    print(e)
class Plain:
    pass
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print(e)
