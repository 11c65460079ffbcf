d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for k in list(d):
    if d[k] > 1:
        del d[k]
print(d)
