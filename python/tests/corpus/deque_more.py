from collections import deque

d = deque([10, 20, 30, 20])
print(d[1], d[-1], d.index(20), d.count(20), 30 in d)
d[0] = 5
d.remove(20)
print(d, len(d))
print(deque(["a", "b"]) == deque(["a", "b"]), deque([1]) == [1])
for action in [lambda: d[10], lambda: d.remove(99), lambda: deque(maxlen=-1), lambda: deque().popleft()]:
    try:
        action()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    for x in d:
        d.append(x)
        if len(d) > 10:
            print("no error after", len(d), "appends")
            break
except RuntimeError as e:
    print("RuntimeError:", e)
d.clear()
print(d, bool(d), deque(range(3), 2))
