# match: literal and singleton patterns, captures, the wildcard, or-patterns, guards, as.
def classify(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "yes" | "y":
            return "affirmative"
        case None:
            return "nothing"
        case True:
            return "true"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case (4 | 5) as k:
            return f"four or five: {k}"
        case _:
            return f"other: {v!r}"

for v in [0, 1, 3, -1, 2.5, "y", None, True, False, 1.0, 500, 4, 5, 6, "no"]:
    print(repr(v), classify(v))

# Captures bind in the enclosing scope (here, module globals) and stay bound.
match [10, 20]:
    case [first, second] if first > second:
        print("descending")
    case [first, second]:
        print("ascending", first, second)
print(first, second, "first" in globals())

# A guard sees the captures; a failed guard leaves them bound.
match 7:
    case x if x > 10:
        print("big")
    case y:
        print("x", x, "y", y)

# Value patterns compare with ==; singletons with is.
class Eq:
    def __eq__(self, other):
        print("__eq__ with", other)
        return other == 3
class NS:
    THREE = Eq()
match 3:
    case NS.THREE:
        print("matched through __eq__")
match 1:
    case True:
        print("1 is True?")
    case 1.0:
        print("1 == 1.0")
