import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    print(await q.get())

asyncio.run(main())
