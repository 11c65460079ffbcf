nums = [1, 2]
word = "abc"
nothing = None
for action in [
    lambda: {[1, 2]: "x"},
    lambda: {[1]},
    lambda: hash({}),
    lambda: nums["0"],
    lambda: word[1.5],
    lambda: sorted([3, None]),
    lambda: iter(None),
    lambda: nothing(),
    lambda: abs("x"),
    lambda: "x".join(5),
    lambda: int(None),
    lambda: float([]),
    lambda: (1, 2)[None:"b"],
]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
d = {}
d[[1, 2]] = "list key"
