import asyncio


async def readings(values):
    for v in values:
        await asyncio.sleep(0.5)
        if v < 0:
            raise ValueError(f"sensor error: {v}")
        yield v


async def monitor():
    async for r in readings([3, 5, -1, 7]):
        print("reading", r, "at", asyncio.get_running_loop().time())


async def main():
    await asyncio.gather(monitor())

asyncio.run(main())
