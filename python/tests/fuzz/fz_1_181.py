import asyncio
import random
import time


async def blocking_io(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await asyncio.sleep(0)
    print(f"{name} resumes")


async def limited(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def main():
    random.seed(2024)
    start = time.perf_counter()

    t1 = time.perf_counter()
    await asyncio.gather(blocking_io('B', 2), blocking_io('dee', 1))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")

    sem = asyncio.Semaphore(1)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[limited(sem, i, random.choice([0.25, 0.5, 1]), t0) for i in range(6)])
    print(done, sem.locked())

    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return 42


if __name__ == "__main__":
    asyncio.run(main())
