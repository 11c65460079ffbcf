a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"name": "root"}
d["self"] = d
print(d)
outer = [[], ()]
outer[0].append(outer)
print(outer, str(outer))
t = ([],)
t[0].append(t)
print(t)
m = {"k": [1]}
m["k"].append(m)
print(repr(m))
