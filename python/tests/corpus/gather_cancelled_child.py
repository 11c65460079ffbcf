import asyncio


async def sleeper(n):
    await asyncio.sleep(n)
    return n


async def main():
    t1 = asyncio.create_task(sleeper(1))
    t2 = asyncio.create_task(sleeper(2))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.5)
    t2.cancel()
    print(await g)
    t3 = asyncio.create_task(sleeper(1))
    g2 = asyncio.gather(t3)
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("gather cancelled because child was cancelled")

asyncio.run(main())
