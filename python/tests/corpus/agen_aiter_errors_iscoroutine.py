# aiter() errors, create_task(anext(s)), the awaitables types, asyncio.iscoroutine.
import asyncio
class BadAiter:
    def __aiter__(self):
        return 42
async def main():
    for f in (lambda: aiter([1]), lambda: aiter(5), lambda: anext(5), lambda: anext([1]), lambda: aiter(BadAiter())):
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
asyncio.run(main())

async def stream():
    yield 1
async def main2():
    s = stream()
    t = asyncio.create_task(anext(s))
    print(await t)
    print(type(anext(s)).__name__, type(s.__anext__()).__name__, type(s.asend(None)).__name__, type(s.aclose()).__name__)
    print(asyncio.iscoroutine(anext(s)))
asyncio.run(main2())

def g():
    yield 1
class C:
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
    def __await__(self): yield
async def co(): pass
async def ag(): yield 1
c = co()
print(asyncio.iscoroutine(g()), asyncio.iscoroutine(C()), asyncio.iscoroutine(c), asyncio.iscoroutine(ag()), asyncio.iscoroutine(1))
c.close()
