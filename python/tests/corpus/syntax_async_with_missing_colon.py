import asyncio

async def main():
    async with asyncio.Lock() as lock
        print(lock)

asyncio.run(main())
