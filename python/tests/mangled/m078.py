xs = [3, 1, 'two']
print(sorted(xs, key=lambda v: v + 0))
