cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "x" * "y",
    lambda: None - 1,
    lambda: {} < {},
    lambda: -"s",
    lambda: 1.5 / "2",
    lambda: [1] - [1],
    lambda: 3 < "3",
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
total = 0
total += "5"
