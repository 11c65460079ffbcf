s = {3, 1, 2}
s.add(4)
s.add(2)
print(s, len(s))
s.discard(10)
s.discard(1)
print(s)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(2 in a, 9 in a, {1, 2} <= a, {1, 2} < {1, 2})
print(set(), set([1, 1, 2]), len(set("aabbcc")), sorted(set("hello")))
print({1, 2} == {2, 1}, frozenset({3}))
