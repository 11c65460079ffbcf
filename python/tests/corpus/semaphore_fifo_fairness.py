import asyncio


async def worker(name, sem, hold):
    async with sem:
        print(name, "in at", asyncio.get_running_loop().time())
        await asyncio.sleep(hold)
    print(name, "out")


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    tasks = [asyncio.create_task(worker(n, sem, 1)) for n in ("w1", "w2")]
    await asyncio.sleep(0.5)
    sem.release()
    print("main released, trying to re-acquire immediately")
    await sem.acquire()
    print("main re-acquired at", asyncio.get_running_loop().time())
    sem.release()
    await asyncio.gather(*tasks)
    print("locked?", sem.locked())

asyncio.run(main())
