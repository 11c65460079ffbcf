a = [5, 1, 4, 1, 5, 9, 2]
print(a.index(1, 2), a.index(5, -3), a.count(1), [1, 1.0, True].count(1))
a.insert(-100, "start")
a.insert(-1, "near end")
print(a.pop(-1), a.pop(0), a)
a.remove(1)
print(a)
b = [3, 1.5, 2, True, -0.5]
b.sort()
print(b)
pairs = [("b", 2), ("a", 2), ("c", 1)]
pairs.sort(key=lambda p: (-p[1], p[0]))
print(pairs)
c = [1, 2]
c.extend(x * 10 for x in range(1, 3))
c.extend(c)
print(c)
d = []
d.reverse()
d += "xy"
d += range(2)
print(d, [1] * -1, [0] * 0)
try:
    e = [3, 2, 1]
    e.sort(key=lambda v: e.append(v) or v)
except ValueError as err:
    print("ValueError:", err)
print(b.copy() == b, b.copy() is b, [[]] * 2)
