# BaseException's special methods on exception subclasses: __str__ through
# super() and Exception.__init__, args without super().__init__, __reduce__,
# the slot wrappers' owners (OSError, UnicodeDecodeError, BaseExceptionGroup).
class AppError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] " + super().__str__()
e = AppError(3, "bad")
print(e, repr(e), e.args, e.__str__(), e.__repr__())
class NoSuper(ValueError):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(repr(n), str(n), n.args)
class K(KeyError):
    pass
print(str(K("x")), K("x").__str__(), KeyError.__str__(K("y")), repr(K("z")))
class Setter(Exception):
    def __init__(self):
        super().__init__("a", "b")
        self.args = ("changed",)
print(Setter(), Setter().args, Setter().__eq__(1), Setter().__ne__(1))
print(e.__reduce__()[0].__name__, e.__reduce__()[1:], ValueError(1).__reduce__())
print(OSError.__init__, OSError.__str__, FileNotFoundError.__str__, UnicodeDecodeError.__init__)
print(type(e.__init__).__name__, e.__class__.__name__)
print(ExceptionGroup.__str__, BaseExceptionGroup.__init__)
try:
    raise AppError(5, "boom")
except AppError as err:
    print(err.__str__(), err.code, err.__traceback__ is not None)
raise NoSuper(1, 2)
