# collections.ChainMap: lookups through the maps, writes to the first.
from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
args = {"user": "admin"}
cm = ChainMap(args, defaults)
print(cm["user"], cm["color"], len(cm), list(cm), dict(cm))
print(cm)
print("color" in cm, cm.get("x", 0), cm.keys(), list(cm.items()), list(cm.values()))
cm["color"] = "blue"
print(cm.maps, defaults)
child = cm.new_child({"debug": True})
print(child)
print(child.parents, child["debug"], child["user"])
del cm["color"]
print(cm)
for key in ["user2", "missing"]:
    try:
        if key == "missing":
            cm[key]
        else:
            del cm[key]
    except KeyError as e:
        print("KeyError", e)
print(ChainMap(), bool(ChainMap()), ChainMap({1: 2}) == {1: 2}, cm.pop("user"), cm)
print(sorted(ChainMap({"b": 1}, {"a": 2}).items()), type(cm).__name__, ChainMap.fromkeys("ab", 0))
