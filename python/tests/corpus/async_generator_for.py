import asyncio


async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i, asyncio.get_running_loop().time()


async def main():
    gen = ticks(3, 0.25)
    print(type(gen).__name__)
    async for i, t in gen:
        print(i, t)
    print([x async for x, _ in ticks(4, 0)])

asyncio.run(main())
