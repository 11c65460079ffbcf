import asyncio


async def download(sem, n):
    async with sem:
        print(f"{asyncio.get_running_loop().time():.1f} start {n}")
        await asyncio.sleep(1)
        print(f"{asyncio.get_running_loop().time():.1f} end {n}")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(download(sem, n) for n in range(5)))
    print("locked?", sem.locked())

asyncio.run(main())
