# zip(strict=True) checks that every iterable has the same length.
print(list(zip("ab", "xy", strict=True)))
print(list(zip(strict=True)))
for args in (("ab", "xyz"), ("abc", "xy"), ("ab", "xy", "z"), ("ab", "xy", "pqr"), ([], [1])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip("abc", "xy")))
pairs = zip([1, 2, 3], "ab", strict=True)
print(next(pairs), next(pairs))
try:
    next(pairs)
except ValueError as e:
    print("ValueError:", e)
