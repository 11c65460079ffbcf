import math
import collections

print(math.sqrt(16))
print(math.floor(2.7), math.ceil(2.1))
d = collections.deque([1, 2, 3])
d.append(4)
print(d)
print(type(math).__name__)
