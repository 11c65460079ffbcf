n = 5
t = (1, 2)


def f(*args, **kwargs):
    return args, kwargs


for action in [
    lambda: n[0],
    lambda: [x for x in n],
    lambda: n(),
    lambda: [] * [],
    lambda: "a" * 1.5,
    lambda: None + 1,
    lambda: sum(["a"]),
    lambda: [1, 2] < "ab",
    lambda: f(*n),
    lambda: f(**n),
    lambda: f(**{1: 2}),
    lambda: {**n},
    lambda: [*n],
    lambda: print(*n),
    lambda: len(print),
]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
try:
    a, b = n
except TypeError as e:
    print("TypeError:", e)
try:
    del n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    n[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
for x in n:
    print(x)
