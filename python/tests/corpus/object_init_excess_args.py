# object.__init__ with arguments: an error unless the class overrides __new__
# and not __init__ (object_init's two messages).
class A:
    def __init__(self, x):
        super().__init__()
        self.x = x
class B:
    pass
class C:
    def __new__(cls, *a):
        return super().__new__(cls)
class D(A):
    def __init__(self, x):
        super().__init__(x)
print(D(1).x, C(1, 2).__class__.__name__)
C(1).__init__(5)
for f in [lambda: B().__init__(1), lambda: object.__init__(A(1), 2), lambda: B().__init__(k=1),
          lambda: A(1).__init__(), lambda: object.__init__(), lambda: B(1)]:
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
class E:
    def __init__(self, a, b):
        super().__init__(a, b)
E(1, 2)
