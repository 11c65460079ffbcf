from collections import defaultdict

d = {1: "one", (1, 2): "pair", None: "none"}
for key in [2, "it's", "", 0.5, (3, 4), "say \"hi\"", frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("defaultdict without factory:", repr(e))
try:
    "{name}".format(nam="x")
except KeyError as e:
    print("format:", repr(e))
print(d[(1, 2)], d[None], d[True], d[1.0])
print(d[(2, 1)])
