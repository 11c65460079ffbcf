a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
[x, [y, z]] = ["X", ("Y", "Z")]
print(x, y, z)
head, *rest = range(1)
print(head, rest)
for i, (name, score) in enumerate([("ann", 3), ("bo", 5)]):
    print(i, name, score)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print(e)
