from math import sqrt as root, pi
from collections import defaultdict as dd, deque

print(root(2))
print(pi * 2)
counts = dd(int)
for ch in "banana":
    counts[ch] += 1
print(dict(counts))
print(deque("abc"))
