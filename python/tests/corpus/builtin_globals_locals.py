# globals(), locals(), vars() and dir() with no argument: the module's live
# dict, a function's bound locals (parameters, other locals, cells, free
# variables), a class body's namespace.
import asyncio

x = 1
print(list(globals()))
print(globals()['__name__'], globals()['__file__'], '__builtins__' in globals())
globals()['y'] = 5
print(y)
print(locals() is globals(), vars() is globals())
print(dir())


def outer(a, *args, k=1, **kw):
    x = 1

    def inner(b):
        y = b + x
        print(locals())
        return y

    inner(2)
    print(sorted(locals()), dir())
    print(vars() == locals(), 'inner' in locals())
    print(globals() is globals(), 'outer' in globals())
    return a


outer(1, 2, 3, q=4)


def unbound():
    print(locals())
    a = 1
    print(locals())
    b = 2
    print('b' in locals(), locals())


unbound()


class P:
    def m(self):
        super()
        print(sorted(locals()))


P().m()


class Q:
    """A class."""
    a = 1

    def meth(self):
        pass

    print(list(locals()))
    print(sorted(vars()), dir())


def gen():
    n = 0
    yield locals()
    n += 1
    yield locals()


for d in gen():
    print(d)


async def coro(t):
    await asyncio.sleep(0)
    w = 5
    print(locals())


asyncio.run(coro(1))

globals()['newname'] = 42
print(newname)
del globals()['newname']
try:
    print(newname)
except NameError as e:
    print(e)

g = globals()
counter = 0


def bump():
    g['counter'] += 1


bump()
bump()
print(counter)
print([k for k in globals() if not k.startswith('__')])
lam = lambda q: locals()
print(lam(3))
print(dir.__name__, globals.__name__, repr(locals), repr(vars))
for call in (lambda: dir(1, 2), lambda: globals(1), lambda: locals(x=1),
             lambda: dir(x=1), lambda: vars(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
print(__doc__ is not None, __name__)
