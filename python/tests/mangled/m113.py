import asyncio

def tick(loop):
    loop.call_later(1, tick, loop)

async def main():
    loop = asyncio.get_running_loop()
    tick(loop)
    await loop.create_future()

asyncio.run(main())
