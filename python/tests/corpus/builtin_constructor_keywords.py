# Built-in types' constructors refuse keywords they do not take.
cases = [lambda: int(x="5"), lambda: int(base=10), lambda: int("ff", base=16), lambda: float(x=1),
         lambda: list(iterable=[1]), lambda: tuple(x=1), lambda: set(x=1), lambda: frozenset(x=1),
         lambda: bool(x=1), lambda: str(obj=1), lambda: str(object=12), lambda: dict(a=1)]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
