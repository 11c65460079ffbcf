import asyncio
import random
import time


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def main():
    random.seed(2024)

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 0, t0) for i in range(6)])
    print(done, sem.locked())


if __name__ == "__main__":
    asyncio.run(main())
