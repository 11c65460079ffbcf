colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, start=1):
    print(f"{i}. {c}")
print(list(enumerate("ab", 10)))
names = ["ann", "bob", "cat"]
ages = [31, 25]
print(list(zip(names, ages)))
print(list(zip(names, ages, "xyz")))
print(dict(zip(names, range(3))))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(zip()))
