import asyncio


async def fetch(n):
    await asyncio.sleep(0.1)
    if n == 3:
        raise ValueError(f"bad item {n}")
    return n


async def process():
    results = []
    for n in range(5):
        results.append(await fetch(n))
        print("fetched", n)
    return results


async def main():
    task = asyncio.create_task(process())
    await task

asyncio.run(main())
