it = iter([10, 20, 30])
print(next(it), next(it))
print(next(it, "default"), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
chars = iter("ab")
print(list(chars), list(chars))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
