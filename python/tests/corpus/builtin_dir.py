# dir(obj): the names of built-in values, classes, instances (the instance's
# attributes, its classes' along the MRO, object's), exceptions, named
# tuples, a __dir__ of the program's, asyncio's Task and Future (their public
# names).
import asyncio
from collections import namedtuple, deque, defaultdict
from dataclasses import dataclass

for v in [1, 1.5, 'a', [1], {1: 2}, (1,), {1}, frozenset(), True, None, b'x',
          range(3), len, deque(), defaultdict(int), ..., slice(1), iter([]),
          enumerate([]), {}.keys(), zip(), map(len, [])]:
    print(type(v).__name__, dir(v))
print(dir(int) == dir(5), dir(type))


def f(a):
    pass


f.calls = 3
print(dir(f))


def g():
    yield 1


print(dir(g()))


async def co():
    pass


c = co()
print(dir(c))
c.close()


async def ag():
    yield 1


print(dir(ag()))


class A:
    x = 1

    def m(self):
        pass


class B(A):
    def __init__(self):
        self.y = 2


print(dir(A()))
print(dir(B()))
print(dir(B))
print(dir(B().m))
print([n for n in dir(B()) if not n.startswith('_')])

for e in [ValueError('x'), KeyError(1), OSError(2, 'x'), StopIteration(3),
          SystemExit(1), NameError('n'), AttributeError('a')]:
    print(type(e).__name__, dir(e))
print(dir(Exception))


class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


print(dir(MyErr(3)))
print(dir(MyErr))


class D:
    def __dir__(self):
        return ['b', 'a', 'zz']


print(dir(D()))


class Props:
    @property
    def v(self):
        return 1

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


print([n for n in dir(Props()) if not n.startswith('_')])


class Obj:
    def __init__(self):
        self.a = 1
        self._b = 2


o = Obj()
o.c = 3
del o.a
print([n for n in dir(o) if not n.startswith('__')])
print(dir(object()))
print(dir(object))

P = namedtuple('P', 'x y')
print(dir(P(1, 2)))
print(dir(P(1, 2)) == dir(P))


class Q(namedtuple('Q', 'a b')):
    def norm(self):
        return 1


print(dir(Q(1, 2)))


@dataclass
class DC:
    a: int
    b: str = 'x'


print(dir(DC(1)))


async def main():
    t = asyncio.create_task(co())
    fu = asyncio.get_running_loop().create_future()
    print([n for n in dir(t) if not n.startswith('_')])
    print([n for n in dir(fu) if not n.startswith('_')])
    print(dir(t) == sorted(dir(t)), '__await__' in dir(t))
    await t


asyncio.run(main())
