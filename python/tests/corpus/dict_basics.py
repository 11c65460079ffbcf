ages = {"ann": 31, "bob": 25}
ages["cat"] = 40
ages["ann"] = 32
print(ages, len(ages))
print(ages["bob"], ages.get("zed"), ages.get("zed", 0))
print("ann" in ages, 31 in ages, "zed" not in ages)
for name in ages:
    print(name, ages[name])
for name, age in ages.items():
    print(f"{name}={age}", end=" ")
print()
print(list(ages.keys()), list(ages.values()))
del ages["ann"]
ages["ann"] = 1
print(ages)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
print({}, {1: "one", "two": 2, (3,): [3]})
