import asyncio

async def fail():
    await asyncio.sleep(0)
    raise KeyError('child')

async def main():
    await asyncio.gather(asyncio.sleep(1), fail())

asyncio.run(main())
