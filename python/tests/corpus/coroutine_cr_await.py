import asyncio
async def leaf():
    await asyncio.sleep(1)
    return 1
async def middle():
    return await leaf()
def gen():
    yield from range(3)
def sub():
    yield 1
def gen2():
    x = yield from sub()
async def main():
    c = middle()
    print(c.cr_await)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    inner = c.cr_await
    print(type(inner).__name__, inner.__name__, inner.cr_await is not None)
    print(type(inner.cr_await).__name__)
    print(asyncio.current_task().get_coro().cr_await)
    await t
    print(c.cr_await)
    g = gen()
    print(g.gi_yieldfrom)
    next(g)
    print(type(g.gi_yieldfrom).__name__)
    g2 = gen2(); next(g2)
    print(g2.gi_yieldfrom.__name__)
    async def ag():
        await asyncio.sleep(0)
        yield 1
    a = ag()
    print(a.ag_await)
asyncio.run(main())
