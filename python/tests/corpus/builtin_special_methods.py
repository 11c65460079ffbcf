# The special methods of built-in values as attributes: the iterator
# protocol by hand, hasattr checks, and the binary methods' NotImplemented.
it = iter([10, 20])
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")

letters = "ab".__iter__()
print(next(letters), letters.__next__())
print(repr(iter(()).__next__).split(" of ")[0])


def is_iterator(x):
    return hasattr(x, "__iter__") and hasattr(x, "__next__")


for x in [[1], iter([1]), zip(), map(str, []), range(3), "s", 5, (c for c in "x"), enumerate([])]:
    print(type(x).__name__, hasattr(x, "__iter__"), is_iterator(x), hasattr(x, "__len__"))

print((5).__add__(3), (5).__add__(1.5), (1.5).__add__(1), (7).__sub__(True))
print("a".__mul__(3), [0].__mul__(2), (1, 2).__add__((3,)))
print((1).__eq__(1), (1).__eq__(1.0), (1.0).__eq__(1), [1].__eq__([1]), [1].__lt__((1,)))
print({}.__lt__({}), None.__eq__(None), None.__eq__(0), len.__eq__(len))
print((-3).__neg__(), (-3.5).__abs__(), (0).__bool__(), (3.9).__int__(), (3).__float__())
print({1, 2}.__or__({3}), {1}.__or__([3]), {"a": 1}.__or__({"b": 2}), (6).__xor__(3))
print([1, 2].__contains__(2), range(5).__getitem__(2), b"ab".__len__(), "%s!".__mod__(3))
print([].__hash__, (1, 2).__hash__() == hash((1, 2)), "x".__hash__() == hash("x"))
d = {}
d.__setitem__("k", 1)
d.__delitem__("k")
print(d, {1: 2}.__getitem__(1), "ab".__contains__("a"))
for bad in ["'a'.__mul__('b')", "(1).__add__()", "(1).__add__(1, 2)"]:
    try:
        if bad == "'a'.__mul__('b')":
            "a".__mul__("b")
        elif bad == "(1).__add__()":
            (1).__add__()
        else:
            (1).__add__(1, 2)
    except TypeError as e:
        print(bad, "->", e)
