n = 5
for action in [
    lambda: len(obj=[1]),
    lambda: sorted(n),
    lambda: sorted([1], 1),
    lambda: min(n),
    lambda: list(n),
    lambda: range(1.5),
    lambda: range("a"),
    lambda: enumerate(n),
    lambda: zip([1], n),
    lambda: next(map(n, [1])),
    lambda: isinstance(1, 1),
    lambda: getattr(1, 2),
    lambda: hex(1.5),
    lambda: chr("a"),
    lambda: ord(n),
    lambda: abs(),
    lambda: round("x"),
    lambda: divmod("a", 1),
    lambda: pow("a", 2),
    lambda: sum(n),
    lambda: any(n),
    lambda: next(n),
    lambda: vars(n),
    lambda: bool(1, 2),
    lambda: int(5, 10),
    lambda: pow(2, 3, 1.5),
]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
