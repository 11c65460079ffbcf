# match: sequence patterns (lists, tuples, ranges, deques, namedtuples), star captures, nesting; str is not a sequence.
from collections import deque, namedtuple

Pair = namedtuple("Pair", "left right")

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case [1, *rest]:
            return f"starts with 1, then {rest}"
        case [*init, "end"]:
            return f"ends with 'end' after {init}"
        case [first, *_, last]:
            return f"from {first} to {last}"
        case _:
            return f"not a sequence: {type(v).__name__}"

for v in [[], (), [5], (5,), [1, 2], (1, 2, 3, 4), ["a", "b", "end"], range(5), deque("xyz"),
          Pair(3, 4), "ab", b"ab", {1: 2}, {1, 2}, 7]:
    print(repr(v), "->", shape(v))

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "no such direction"
        case ["take", item, *more] if more:
            return f"taking {item} and {len(more)} more"
        case ["take", item]:
            return f"taking {item}"
        case ["quit" | "exit"]:
            return "bye"
        case [(a, b), c] | [c, (a, b)]:
            return "unreachable"
        case _:
            return f"unknown: {cmd!r}"

for c in ["go north", "go up", "take lamp", "take lamp key coin", "quit", "exit now", ""]:
    print(command(c))

match ((1, 2), [3, [4, 5]]):
    case ((a, b), [c, [d, e]]):
        print(a + b + c + d + e)
match (1, 2, 3):
    case (x, y):
        print("two")
    case (x, *ys):
        print(x, ys, type(ys).__name__)
