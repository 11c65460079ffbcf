print(min(3, 1, 2), max(3, 1, 2), min([4, 8]), max("apple"))
words = ["kiwi", "banana", "fig", "cherry"]
print(max(words, key=len), min(words, key=len), max(words))
print(max([], default="empty"), min([], default=None))
print(max([1, 5, 5], key=lambda x: -x), max([(1, "b"), (1, "c")]))
print(max(["a", "bb", "cc"], key=len))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
