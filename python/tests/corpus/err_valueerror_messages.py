for action in [
    lambda: int("x"),
    lambda: int("3.5"),
    lambda: int(""),
    lambda: int("12", 2),
    lambda: float("abc"),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: list(range(3)).remove(7),
    lambda: "a b".split(""),
    lambda: chr(-5),
    lambda: (1, 2, 3).index(9),
]:
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
a, b = "xyz"
