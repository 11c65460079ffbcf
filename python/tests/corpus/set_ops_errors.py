s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 9}
s -= {2}
print(s, s ^ {1, 7}, {5, 6} - s, s.copy() == s)
for action in [
    lambda: {1} | [2],
    lambda: set().pop(),
    lambda: s.remove([1]),
    lambda: s.add([]),
    lambda: s.remove(100),
    lambda: {1} + {2},
    lambda: set(5),
]:
    try:
        action()
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
