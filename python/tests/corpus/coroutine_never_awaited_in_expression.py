import asyncio


async def fetch(n):
    await asyncio.sleep(0.1)
    return n * 10


async def main():
    total = fetch(1) + fetch(2)
    print(total)


asyncio.run(main())
