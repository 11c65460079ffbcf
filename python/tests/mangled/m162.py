import asyncio

async def main():
    q = asyncio.Queue()
    await q.put(1)
    print('joining')
    await q.join()

asyncio.run(main())
