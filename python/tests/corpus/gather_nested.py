import asyncio


async def leaf(name, delay):
    await asyncio.sleep(delay)
    print("leaf", name)
    return name


async def main():
    inner1 = asyncio.gather(leaf("a", 0.3), leaf("b", 0.1))
    inner2 = asyncio.gather(leaf("c", 0.2), leaf("d", 0.4))
    outer = await asyncio.gather(inner1, inner2, leaf("e", 0))
    print(outer)
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
