import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"


async def main():
    coros = [fetch("A", 3), fetch("B", 1), fetch("C", 2), fetch("D", 0.5)]
    for i, next_done in enumerate(asyncio.as_completed(coros), 1):
        result = await next_done
        print(i, result, asyncio.get_running_loop().time())

asyncio.run(main())
