# Built-in functions that take no keyword arguments say so.
cases = [
    lambda: abs(number=1), lambda: any(iterable=[1]), lambda: chr(i=65), lambda: hash(obj=1),
    lambda: len(obj=[1]), lambda: next(iter([]), default=0), lambda: getattr(1, "real", default=2),
    lambda: format(1, format_spec="d"), lambda: iter([1], x=1), lambda: isinstance(1, classinfo=int),
    lambda: divmod(7, b=2), lambda: repr(obj=1), lambda: ord(c="a"),
    lambda: sorted([2, 1], key=None), lambda: print("ok", sep="-", end="!\n"), lambda: max([1, 2], key=abs),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(round(2.567, ndigits=1))
try:
    round(2.567, digits=1)
except TypeError as e:
    print(e)
