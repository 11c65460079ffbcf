nums = [1, 2, 2, 3, 3, 3, 10, 11]
print(sorted({n % 4 for n in nums}))
print({n % 4 for n in nums} == {1, 2, 3, 2})
squares = {n: n * n for n in range(5)}
print(squares)
words = ["pear", "fig", "plum", "kiwi", "date"]
by_len = {len(w): w for w in words}
print(by_len)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print({k: v for k, v in zip("abc", range(3)) if v != 1})
