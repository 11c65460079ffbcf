import asyncio


async def victim():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.5)
    t.cancel("shutting down")
    await t

asyncio.run(main())
