# Built-ins called with too few (or too many) arguments raise TypeError with
# CPython's message (the interpreter once stopped with an internal error).
import math
import random
from collections import deque
print("start")
d = deque([1, 2])
calls = [lambda: d.append(), lambda: d.appendleft(), lambda: d.extend(), lambda: d.extendleft(),
         lambda: d.count(), lambda: d.index(), lambda: d.remove(), lambda: d.pop(1), lambda: d.rotate(1, 2),
         lambda: random.uniform(5), lambda: random.uniform(), lambda: random.uniform(a=1),
         lambda: math.isclose(1), lambda: math.isclose(), lambda: slice(), lambda: slice(1, 2, 3, 4),
         lambda: range(3).count(), lambda: range(3).index(), lambda: random.randint(1)]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print(random.uniform(a=1, b=2) >= 1, slice(3), d)
