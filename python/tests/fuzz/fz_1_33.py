import asyncio
import time


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def main():
    try:
        async with asyncio.timeout(1):
            for i in range(2):
                await asyncio.sleep(0.25)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 0.5 + i % 2, t0) for i in range(4)])
    print(done, sem.locked())


if __name__ == "__main__":
    asyncio.run(main())
