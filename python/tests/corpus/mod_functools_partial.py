# functools.partial: fixed arguments first, keywords merged, nested partials
# flattened, its repr, and the errors of a bad call.
import asyncio
import functools


def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"


hello = functools.partial(greet, "Hello")
print(hello("Ada"), hello("Bob", punct="?"))
print(hello.func is greet, hello.args, hello.keywords)
polite = functools.partial(hello, punct=".")
print(polite("Cy"), polite.func is greet, polite.args, polite.keywords)
print(repr(functools.partial(print, 1, sep="-")))
print(repr(functools.partial(len)))
p = functools.partial(max, 3, key=abs)
print(p(-7, 2), repr(p))
basetwo = functools.partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__)


class Tagged(functools.partial):
    pass


print(repr(Tagged(min, 4)), Tagged(min, 4)(9))


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"


async def main():
    quick = functools.partial(fetch, delay=0.1)
    print(asyncio.iscoroutinefunction(quick), asyncio.iscoroutinefunction(functools.partial(quick, "x")))
    results = await asyncio.gather(quick("a"), quick("b", delay=0.05), fetch("c", 0.2))
    print(results)
    loop = asyncio.get_running_loop()
    loop.call_soon(functools.partial(print, "called soon", end=" <-\n"))
    await asyncio.sleep(0)


asyncio.run(main())

for bad in [lambda: functools.partial(), lambda: functools.partial(3, 4), lambda: hello()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    hello.func = print
except AttributeError as e:
    print("AttributeError:", e)
hello(1, 2, 3, 4)
