import asyncio

def depth(n):
    return depth(n + 1) + 1

async def worker():
    await asyncio.sleep(0)
    return depth(0)

async def main():
    t = asyncio.create_task(worker())
    print(await t)

asyncio.run(main())
