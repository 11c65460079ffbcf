a = [0, 0, 0]
i = 0
i, a[i] = 1, 2
print(i, a)
a[i], i = 9, 2
print(i, a)
x = y = []
x.append(1)
print(x, y, x is y)
b = b_alias = [0, 0]
b[0] = b = [5, 6]
print(b, b_alias)
c = c[0] = [None, 1]
print(c)
p, q = q, p = 1, 2
print(p, q)
m = [1, 2, 3]
m[0], m[2] = m[2], m[0]
print(m)
