xs = list(range(10**12))
print(len(xs))
