# functools.reduce: with and without an initial value, on generators, and its
# errors (C's messages).
import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(functools.reduce(lambda a, b: a * b, range(1, 6), 10))
print(functools.reduce(lambda acc, w: acc + [len(w)], ["a", "bb", "ccc"], []))
print(functools.reduce(max, (x * x % 7 for x in range(10))))
print(functools.reduce(lambda a, b: a + b, [], "empty"))
print(functools.reduce(lambda a, b: a + b, ["only"]))
cases = [
    lambda: functools.reduce(),
    lambda: functools.reduce(len),
    lambda: functools.reduce(lambda a, b: a, []),
    lambda: functools.reduce(lambda a, b: a, 5),
    lambda: functools.reduce(lambda a, b: a, [1], 2, 3),
    lambda: functools.reduce(lambda a, b: a, [1], initial=3),
    lambda: functools.reduce(None, [1, 2]),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)


def explode(a, b):
    raise ValueError(f"cannot combine {a} and {b}")


functools.reduce(explode, [1, 2, 3])
