a = [1, 2, 3]
b = a.copy()
b.append(4)
a.reverse()
print(a, b)
print(a + b, a * 2, [0] * 3)
print(list(reversed(b)), b[::-1])
c = a
c.clear()
print(a, c, len(a))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9], [1, [2, 3]])
print(list("abc"), list(range(3)), list({"x": 1}), list((1, 2)))
