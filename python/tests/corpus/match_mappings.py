# match: mapping patterns (extra keys allowed, **rest, nested), read with get(): a defaultdict gains no keys.
from collections import defaultdict, OrderedDict, Counter

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, "data": {"id": i}}:
            return f"{t} #{i}"
        case {}:
            return f"a mapping: {dict(event)}"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [5, 6], "button": 2},
          {"type": "key", "key": "q", "shift": True, "ctrl": False}, {"type": "key", "key": "a"},
          {"type": "key", "key": 5}, {"type": "load", "data": {"id": 7, "size": 2}}, {"x": 1},
          OrderedDict(type="key", key="z"), Counter(type=2), [("type", "click")], "type"]:
    print(handle(e))

d = defaultdict(list)
d["type"] = "key"
match d:
    case {"type": "key", "key": k}:
        print("key", k)
    case {"type": t}:
        print("type", t)
print(dict(d))

match {1: "a", 1.5: "b", True: "c"}:
    case {1.5: v, **others}:
        print(v, others)
