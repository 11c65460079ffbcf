# copy.copy and copy.deepcopy: lists, dicts, sets, tuples, nested structures
# with shared parts, instances (with __copy__/__deepcopy__ hooks), named tuples,
# Counters, dataclasses, and objects that cannot be copied.
import copy
from collections import Counter, defaultdict, deque, namedtuple
from dataclasses import dataclass, field

grid = [[0, 0], [0, 0]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 9
print(shallow, deep, shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])

shared = [1, 2]
pair = {"a": shared, "b": shared, "t": (shared, 3), "frozen": (1, 2)}
clone = copy.deepcopy(pair)
print(clone, clone["a"] is clone["b"], clone["t"][0] is clone["a"], clone["frozen"] is pair["frozen"])
print(copy.copy({1, 2, 3}), copy.deepcopy(frozenset([4])), copy.copy((1, [2])), copy.copy("text"))
looped = [1]
looped.append(looped)
again = copy.deepcopy(looped)
print(again[1] is again, again[0])


class Task:
    def __init__(self, name, deps):
        self.name = name
        self.deps = deps

    def __repr__(self):
        return f"Task({self.name!r}, {self.deps!r})"


t = Task("build", ["fetch"])
t2, t3 = copy.copy(t), copy.deepcopy(t)
t.deps.append("lint")
print(t2, t3, t2.deps is t.deps, type(t3).__name__)


class Counted:
    def __init__(self):
        self.n = 0

    def __copy__(self):
        print("custom __copy__")
        return Counted()

    def __deepcopy__(self, memo):
        print("custom __deepcopy__", type(memo).__name__)
        return "deep!"


print(type(copy.copy(Counted())).__name__, copy.deepcopy([Counted()]))

Point = namedtuple("Point", "x y")
p = Point([1], 2)
pc = copy.deepcopy(p)
p.x.append(5)
print(copy.copy(p), pc, type(pc).__name__)
c = Counter("hello")
c2 = copy.copy(c)
c2["z"] += 1
print(c, c2)
dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["k"].append(2)
dd2["new"].append(3)
print(dd, dd2)
dq = deque([[1], [2]], maxlen=3)
print(copy.copy(dq), copy.deepcopy(dq)[0] is dq[0])


@dataclass
class Config:
    name: str
    tags: list = field(default_factory=list)


cfg = Config("a", ["x"])
cfg2 = copy.deepcopy(cfg)
cfg2.tags.append("y")
print(cfg, cfg2, cfg == copy.copy(cfg))
print(copy.copy(len) is len, copy.deepcopy(Task) is Task, copy.copy(None))
print(copy.Error.__name__, issubclass(copy.Error, Exception))


def numbers():
    yield 1


copy.deepcopy(numbers())
