# itertools beyond repeat/count/cycle/islice/chain (written in Python, loaded on first use).
import itertools
from itertools import takewhile, groupby, product
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2], initial=10)))
print(list(itertools.combinations("ABCD", 2)))
print(list(itertools.combinations_with_replacement("AB", 2)))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(itertools.pairwise("ABCD")))
print(list(itertools.permutations("ABC", 2)), len(list(itertools.permutations(range(4)))))
print(list(product("AB", [1, 2])), list(product([0, 1], repeat=2)))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
names = ["ann", "bob", "cy"]
for i, (n, s) in enumerate(itertools.zip_longest(names, [90, 85])):
    print(i, n, s)
