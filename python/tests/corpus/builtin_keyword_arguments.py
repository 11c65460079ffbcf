# Keyword arguments of built-in functions and methods: the ones that take
# them, and CPython's error for the ones that do not.
import itertools
import random
print(list(itertools.islice(itertools.count(start=5, step=3), 3)), list(itertools.islice(itertools.count(step=2), 3)))
random.seed(a=10)
print(random.random(), random.randint(a=1, b=1), random.randrange(start=1, stop=5), random.choice(seq=[7]))
print("a\nb\n".splitlines(keepends=True), "a\tb".expandtabs(tabsize=2), "a,b,c".split(sep=",", maxsplit=1))
print((1024).to_bytes(length=2, byteorder="little"), (1024).to_bytes(2), (-5).to_bytes(2, "big", signed=True))
print(str(object=5), "é".encode(encoding="latin-1"), sorted([3, 1, 2], reverse=True))
print((255).bit_count(), (6).as_integer_ratio(), (0).to_bytes(0), True & False, True | False, True ^ True, False ^ True)
for f in (lambda: "x".center(5, fillchar="*"), lambda: [1, 2, 1].index(1, start=1), lambda: {}.pop("b", default=2),
          lambda: " x ".strip(chars=" "), lambda: [1].append(x=1), lambda: {}.get("a", default=1),
          lambda: float(x="1.5"), lambda: list(itertools.count(start=1, stop=3)),
          lambda: random.randint(1, c=2), lambda: random.seed(a=1, b=2), lambda: (-5).to_bytes(2, "big"),
          lambda: (5).to_bytes(-1), lambda: (300).to_bytes(1), lambda: (5).to_bytes(2, "middle")):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
