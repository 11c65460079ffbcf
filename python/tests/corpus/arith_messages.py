# Messages of a sequence times a non-int, divmod by a float zero, a class's
# own __divmod__, and str() of an object whose __repr__ returns a non-string.
class P:
    pass


class D:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


for f in (lambda: "s" * P(), lambda: [0] * P(), lambda: P() * (1,), lambda: "ab" * 2.5,
          lambda: b"x" * None, lambda: [1] * "3"):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
for a, b in ((1, 0.0), (1.5, 0), (7, 0), (-7, 2), (7.5, -2), (D(), 3), (3, D())):
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


class R:
    def __repr__(self):
        return 5


for f in (lambda: str(R()), lambda: repr(R()), lambda: f"{R()}", lambda: "%s" % R(), lambda: print(R())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
