import itertools

print(list(itertools.islice(itertools.count(5, -2), 4)), list(itertools.islice(itertools.count(0, 0.25), 3)))
print(itertools.count(10, 5), itertools.repeat("a", 2), list(itertools.repeat(1, -3)))
print(next(itertools.cycle([]), "empty cycle"))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it), list(itertools.islice(it, None)))
print(list(itertools.islice("abcdef", 1, None, 2)), list(itertools.islice("abc", 0)))
c = itertools.chain([1], "ab", None)
print(next(c), next(c), next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
for bad in [-1, "x", 1.5]:
    try:
        itertools.islice("abc", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    itertools.islice("abc", 0, 2, 0)
except ValueError as e:
    print("ValueError:", e)
