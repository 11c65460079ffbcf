d = {"a": 1}
d.update([("b", 2), ("c", 3)], d=4)
d.update({"a": 10}, e=5)
print(d)
print(d.setdefault("f"), d, d.get("zz"), d.get("zz", []), d.pop("f", "gone"), d.pop("f", "gone"))
keys = d.keys()
values = d.values()
d["g"] = 7
print(len(keys), list(values)[-1], "g" in keys, 7 in values, 99 in values)
print(sorted(d.keys() & {"a", "b", "x"}), sorted(d.keys() - {"a"}), sorted(d.keys() | {"z"}))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared, dict.fromkeys("ab"))
print({1: "a", 1.0: "b", True: "c"}, {"x": 1, "y": 2} == {"y": 2, "x": 1})
print(list(reversed(d)), list(reversed(d.items()))[0], list(d.items())[-1])
for k, v in d.items():
    if v > 4:
        print(k, v)
