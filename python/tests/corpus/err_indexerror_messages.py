tests = [
    lambda: [][0],
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: "ab"[9],
    lambda: [].pop(),
    lambda: [1].pop(4),
    lambda: range(2)[2],
]
for t in tests:
    try:
        t()
    except IndexError as e:
        print("IndexError:", e)
[1, 2, 3][3]
