nums = [3, -1, 4, -1, 5, -9, 2, 6]
print([n * 2 for n in nums])
print([n for n in nums if n > 0])
print([n if n > 0 else 0 for n in nums])
print([(i, c) for i, c in enumerate("ab")])
words = ["apple", "Banana", "cherry"]
print([w[0].upper() + w[1:].lower() for w in words if "an" in w.lower() or w.startswith("c")])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
