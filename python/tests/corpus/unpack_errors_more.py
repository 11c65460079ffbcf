def f(a, b=0):
    return a, b


for action in [
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: dict(**{"x": 1}, x=2),
    lambda: print(*[1], **{"sep": "-"}, sep="+"),
]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    (x, y), z = "abc", 1
except ValueError as e:
    print("ValueError:", e)
a, b = {"k1": 1, "k2": 2}
print(a, b)
(p, q), r = "pq", "r"
print(p, q, r)
first, *_ = range(5)
print(first, _)
print({**{"a": 1}, **{"a": 2, "b": 3}}, [*range(2), *"ab", *{"k": 0}])
print(*"abc", sep=",")
