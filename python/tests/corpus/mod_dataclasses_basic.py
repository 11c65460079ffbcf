# @dataclass: the generated __init__ (and its TypeErrors), __repr__, __eq__,
# defaults, default_factory, repr=False, __post_init__, InitVar, ClassVar,
# kw_only and KW_ONLY, inheritance, fields/asdict/astuple/replace.
from dataclasses import KW_ONLY, InitVar, asdict, astuple, dataclass, field, fields, replace, is_dataclass
from typing import ClassVar, List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=4, x=5), repr(p), str(p))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y, Point.__doc__, Point.__match_args__)
print(Point.__init__.__qualname__, Point.__eq__.__name__, Point.__hash__)
print(asdict(p), astuple(p), [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)
    total: int = field(init=False, default=0)
    rate: ClassVar[float] = 1.5

    def __post_init__(self):
        self.total = len(self.items)


a, b = Inventory("ann"), Inventory("bob", ["x", "y"])
a.items.append("apple")
print(a, b, a.secret, Inventory.rate, [f.name for f in fields(a)])
print(asdict(b))


@dataclass
class Account:
    name: str
    opening: InitVar[int] = 10
    balance: int = field(init=False)

    def __post_init__(self, opening):
        self.balance = opening * 2


print(Account("acc"), Account("acc2", 50), [f.name for f in fields(Account)])


@dataclass
class Base:
    id: int
    label: str = "base"


@dataclass
class Child(Base):
    extra: Optional[str] = None
    label: str = "child"


print(Child(7), Child(8, "x", "y"), [f.name for f in fields(Child)], Child.__doc__)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    depth: int


print(Options(depth=2))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed.__match_args__, Mixed.__doc__)
print(replace(p, y=20), p)
try:
    replace(Inventory("z"), total=5)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
fields(3)
