import asyncio

async def spawn(n):
    asyncio.create_task(spawn(n + 1))
    await asyncio.sleep(0)

async def main():
    await spawn(0)
    while True:
        await asyncio.sleep(1)

asyncio.run(main())
