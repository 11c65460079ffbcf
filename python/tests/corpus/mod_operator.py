# operator: the function forms of the operators (with functools.reduce and
# sorted), itemgetter/attrgetter/methodcaller and their reprs, in-place forms,
# and the C versions' argument errors.
import functools
import operator
from operator import attrgetter, itemgetter, methodcaller

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6)))
print(operator.sub(10, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5), operator.not_(0), operator.truth([1]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.gt(3, 2), operator.ge(1, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(256, 4))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.concat("ab", "cd"))
print(operator.getitem({"k": 1}, "k"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
d = {}
operator.setitem(d, "x", 1)
operator.setitem(d, "y", 2)
operator.delitem(d, "x")


class Hinted:
    def __length_hint__(self):
        return 4


print(d, operator.length_hint([1, 2, 3]), operator.length_hint(Hinted(), 5), operator.length_hint(object(), 5))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2), operator.imul("ab", 2), operator.__add__(1, 1))

pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)), max(pairs, key=itemgetter(1)))
print(itemgetter(1)("xyz"), itemgetter(0, 2)("xyz"), itemgetter("k")({"k": "v"}), itemgetter(slice(1, None))([1, 2, 3]))


class Job:
    def __init__(self, name, owner):
        self.name = name
        self.owner = owner

    def label(self, prefix, sep=":"):
        return f"{prefix}{sep}{self.name}"


class Owner:
    def __init__(self, name):
        self.name = name


jobs = [Job("deploy", Owner("zoe")), Job("build", Owner("al"))]
print([j.name for j in sorted(jobs, key=attrgetter("name"))], [j.name for j in sorted(jobs, key=attrgetter("owner.name"))])
print(attrgetter("name", "owner.name")(jobs[0]), methodcaller("label", "job", sep="#")(jobs[1]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y"))
print(itemgetter(1), itemgetter(1, "a"), attrgetter("a.b"), attrgetter("x", "y"), methodcaller("m", 1, k=2))
print(operator.add.__name__, operator.itemgetter.__name__, operator.call(len, "four"))

cases = [
    lambda: operator.add(1),
    lambda: operator.add(),
    lambda: operator.neg(),
    lambda: operator.not_(1, 2),
    lambda: operator.add(a=1, b=2),
    lambda: itemgetter(),
    lambda: itemgetter(0)(),
    lambda: itemgetter(5)([1]),
    lambda: attrgetter(1),
    lambda: attrgetter("zz")(1),
    lambda: methodcaller(),
    lambda: operator.index(1.5),
    lambda: operator.indexOf([1], 2),
    lambda: operator.concat(1, 2),
]
for case in cases:
    try:
        print(case())
    except (TypeError, IndexError, AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
