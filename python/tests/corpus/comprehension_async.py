import asyncio


async def double(x):
    await asyncio.sleep(0.1)
    return x * 2


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    print([await double(i) for i in range(3)])
    print([v async for v in agen(5) if v % 2 == 0])
    print({v: await double(v) async for v in agen(3)})
    print(asyncio.get_running_loop().time())

asyncio.run(main())
