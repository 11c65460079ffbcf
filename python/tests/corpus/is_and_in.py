a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None).__name__)
x = None
print(x is None, x == None)
print(2 in a, 3 not in a)
print("ell" in "hello", "z" in "hello", "" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3))
print((1, 2) in [(1, 2), (3, 4)], 5 in {5, 6})
