# typing.NamedTuple and TypedDict, class and functional forms: fields with
# defaults, methods, the ordering error, the repr, plain dicts from TypedDict.
from typing import NamedTuple, TypedDict
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
print(P(1), P(1,2).norm(), P._fields, P._field_defaults, P.__doc__, P.__annotations__, P(3, 4)._asdict())
try:
    class Q(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    P(1).z = 3
except AttributeError as e: print(e)
try:
    P()
except TypeError as e: print(e)
class M(TypedDict):
    name: str
    year: int
m = M(name='x', year=1)
print(m, type(m), M.__annotations__)
N = NamedTuple('N', [('a', int), ('b', str)])
print(N(1, 'x'), N.__annotations__)
x, y = P(5, 6)
print(x + y, P(1, 2) == (1, 2), sorted([P(2), P(1, 5)]))
class Doc(NamedTuple):
    "My doc."
    a: int
print(Doc.__doc__, Doc(1))
