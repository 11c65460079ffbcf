import asyncio


async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    await asyncio.gather(count("a", 3), count("b", 2), count("c", 1))

asyncio.run(main())
