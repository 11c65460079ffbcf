# Built-ins and their constructors given too many (or too few) arguments
# raise TypeError with CPython's words.
calls = [
    lambda: "a b".split(" ", 1, 2),
    lambda: round(1.5, 2, 3),
    lambda: list(1, 2),
    lambda: tuple(1, 2),
    lambda: dict([], []),
    lambda: float(1, 2),
    lambda: set(1, 2),
    lambda: str(1, 2, 3, 4),
    lambda: int("1", 2, 3),
    lambda: sum(),
    lambda: sum([], 0, 1),
    lambda: enumerate(),
    lambda: enumerate(1, 2, 3),
    lambda: reversed(),
    lambda: reversed([], 1),
    lambda: type(),
    lambda: type(1, 2),
    lambda: vars(1, 2),
    lambda: {}.update(1, 2),
    lambda: pow(1, 2, 3, 4),
]
for f in calls:
    try:
        print("returned", f())
    except TypeError as e:
        print("TypeError:", e)
