import asyncio


async def main():
    loop = asyncio.get_running_loop()
    value = await asyncio.sleep(0.5, result="done")
    print(value, loop.time())
    print(await asyncio.sleep(0), loop.time())
    print(await asyncio.sleep(1.25, [1, 2]), loop.time())
    print(await asyncio.sleep(-3, "negative"), loop.time())

asyncio.run(main())
