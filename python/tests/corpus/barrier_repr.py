import asyncio


def shown(obj):
    # repr without the address: "<asyncio.locks.Barrier object [filling, waiters:0/2]>"
    r = repr(obj)
    i = r.index(" at 0x")
    j = r.index(" ", i + 4)
    return r[:i] + r[j:]


async def main():
    b = asyncio.Barrier(2)
    print(shown(b))
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(shown(b))
    await b.wait()
    print(shown(b))
    await t
    print(shown(b))
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    print(shown(b))
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print(repr(e))
    await b.reset()
    print(shown(b))
    print(type(b).__module__, type(b).__qualname__, repr(type(b)))
    print(repr(asyncio.BrokenBarrierError))

    class MyBarrier(asyncio.Barrier):
        pass

    print(shown(MyBarrier(4)))


asyncio.run(main())
