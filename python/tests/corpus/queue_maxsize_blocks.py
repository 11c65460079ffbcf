import asyncio


async def producer(q):
    for i in range(4):
        print(f"{asyncio.get_running_loop().time():.1f} putting {i}")
        await q.put(i)
        print(f"{asyncio.get_running_loop().time():.1f} put {i} done")


async def consumer(q):
    for _ in range(4):
        await asyncio.sleep(1)
        item = q.get_nowait()
        print(f"{asyncio.get_running_loop().time():.1f} took {item}")


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
