data = [5, 2, 9, 1]
print(sorted(data), data)
print(sorted(data, reverse=True))
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted((3, 1, 2)))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(4))))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
