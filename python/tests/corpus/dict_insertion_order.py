d = {}
for word in ["zebra", "apple", "mango", "apple", "kiwi"]:
    d[word] = d.get(word, 0) + 1
print(d)
d["zebra"] = 100
print(list(d))
del d["apple"]
d["apple"] = 1
print(list(d))
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print({3: "c", 1: "a", 2: "b"})
print(dict.fromkeys(["x", "y"], 0))
