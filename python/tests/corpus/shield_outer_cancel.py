import asyncio


async def critical():
    await asyncio.sleep(1)
    print("critical work complete")
    return 7


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled, inner keeps running:", not inner.done())
        raise


async def main():
    inner = asyncio.create_task(critical())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.5)
    c.cancel()
    await asyncio.sleep(0)
    print("caller cancelled:", c.cancelled())
    print("inner result", await inner)

asyncio.run(main())
