d = {"a": 1}
for action in [
    lambda: d.get(),
    lambda: d.pop(),
    lambda: {}.popitem(),
    lambda: d.update(5),
    lambda: d.update([(1,)]),
    lambda: d.update([(1, 2, 3)]),
    lambda: d.update([1]),
    lambda: d.setdefault(),
    lambda: d.keys(1),
    lambda: dict(1),
    lambda: d[["a"]],
    lambda: d.copy(1),
    lambda: d.get("a", 1, 2),
    lambda: d | [("b", 2)],
]:
    try:
        action()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(d)
