t = (1, 2, 3)
single = (5,)
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(empty).__name__)
print(repr((1,)), str(("a",)), tuple("ab"), tuple([1]))
print(t[0], t[-1], t[1:], t + (4,), t * 2, len(t))
print(t.count(2), t.index(3), (1, 2) < (1, 3), (2,) > (1, 99))
point = 3, 4
x, y = point
print(point, x, y)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
print({(1, 2): "tuple key"}[(1, 2)])
print(((1, 2), [3], ("x",)))
