import asyncio
import time


class AppError(Exception):
    pass


async def limited(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def attempt(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise AppError(f"bad value: {n!r}")
    print(f"job {n} ok")
    return n * n


async def main():
    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[limited(sem, i, 0, t0) for i in range(2)])
    print(done, sem.locked())

    results = await asyncio.gather(*[attempt(i, i in (0, 2)) for i in range(3)])
    print("unreachable", results)


if __name__ == "__main__":
    asyncio.run(main())
