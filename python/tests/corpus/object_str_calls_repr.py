# object.__str__ is repr(self): it calls the type's __repr__, also through
# super().__str__() in a __str__ override; BaseException's __str__/__repr__
# through super() and as attributes of exception instances and classes.
class A:
    def __repr__(self):
        return "A!" + super().__repr__()[:3]

    def __str__(self):
        return "s:" + super().__str__()[:3]


a = A()
print(repr(a), str(a))
print(a.__str__()[:4], object.__str__(a), A.__str__(a))


class R:
    def __repr__(self):
        return "R()"


print(str(R()), f"{R()}", format(R(), ""), object.__str__(R()), [R()], R().__str__())


class E(Exception):
    def __str__(self):
        return "E:" + super().__str__()

    def __repr__(self):
        return "rE:" + super().__repr__()


e = E(1, 2)
print(str(e), repr(e), e.__str__(), e.__repr__())


class F(ValueError):
    def __repr__(self):
        return "F!"


print(str(F("x")), repr(F("x")), str(F()), F().__str__(), F("y").__repr__())
print(Exception.__str__(E(5)), BaseException.__repr__(E(5)), object.__str__(F()))
print(E.__init__, E.__eq__, ValueError.__init__, KeyError.__str__, F.__str__, F.__repr__.__name__)
print(type(E().__init__).__name__, type(E.__str__).__name__)


class G(E):
    def __init__(self):
        super().__init__("g")


f = G()
E.__init__(f, 1, 2)
print(f.args, f.__eq__(f), f.__hash__() == hash(f))
f.__init__(3)
print(f.args)
raise E("boom")
