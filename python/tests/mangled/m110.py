a = b = None
for _ in range(100000):
    a = [a]
    b = [b]
print(a == b)
