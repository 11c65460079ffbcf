import asyncio


async def ok(x):
    await asyncio.sleep(0.1)
    return x


async def bad(msg):
    await asyncio.sleep(0.05)
    raise ValueError(msg)


async def main():
    results = await asyncio.gather(ok(1), bad("boom"), ok(3), bad("bang"), return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, r)

asyncio.run(main())
