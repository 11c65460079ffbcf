# sort(), sorted(), min() and max(): wrong arguments are TypeErrors with CPython's messages.
cases = [
    lambda: sorted([2, 1], reversed=True),
    lambda: [2, 1].sort(reversed=True),
    lambda: sorted([2, 1], key=None, foo=1),
    lambda: sorted(),
    lambda: sorted([1], [2]),
    lambda: max([1, 2], keys=len),
    lambda: min(1, 2, default=0),
    lambda: max([], default=0, key=None),
    lambda: [].sort(1),
    lambda: min(),
    lambda: sorted([3, 1], reverse=True),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
