# functools.total_ordering fills in the missing comparisons from one root;
# cmp_to_key turns an old cmp function into a sort key; cached_property
# computes once per instance.
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a < b, a > b, a <= c, a >= b, b >= a, a == c, a != b)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10")]))
print(max(Version("0.1"), Version("0.0.9")))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Priority:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n


print(Priority(1) < Priority(2), Priority(1) >= Priority(2), Priority(3) <= Priority(3))

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha), reverse=True))
key = functools.cmp_to_key(lambda p, q: p - q)
print(key(1) < key(2), key(3) == key(3), key(5) >= key(6), key(4).obj)
print(min([5, 3, 8], key=functools.cmp_to_key(lambda p, q: q - p)))
try:
    key(1) < 2
except TypeError as e:
    print("TypeError:", e)


class Dataset:
    def __init__(self, values):
        self.values = values

    @functools.cached_property
    def mean(self):
        "The mean, computed once."
        print("computing the mean")
        return sum(self.values) / len(self.values)


d = Dataset([1, 2, 3, 6])
print(d.mean, d.mean, d.__dict__)
d.mean = 0
print(d.mean)
del d.mean
print(d.mean)
print(Dataset.mean.__doc__, Dataset.mean.attrname, type(Dataset.mean).__name__)

try:
    class Twice:
        x = functools.cached_property(lambda self: 1)
        y = x
except TypeError as e:
    print("TypeError:", e)
free = functools.cached_property(lambda self: 1)
try:
    free.__get__(Dataset([1]), Dataset)
except TypeError as e:
    print("TypeError:", e)
