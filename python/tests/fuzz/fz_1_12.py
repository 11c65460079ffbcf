"""A small asyncio scenario."""
import asyncio
import time


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def attempt(n, fail):
    await asyncio.sleep(n * 0.25)
    if fail:
        raise ValueError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def attempt2(n, fail):
    await asyncio.sleep(0.5 * (n % 2))
    if fail:
        raise KeyError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def main():
    start = time.perf_counter()

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 0.5 + i % 2, t0) for i in range(5)])
    print(done, sem.locked())

    try:
        results = await asyncio.gather(*[attempt(i, i in (0, 1)) for i in range(2)])
        print(results)
    except ValueError as e:
        print(f"gather failed: {e!r}")
    await asyncio.sleep(0)
    print("after the failure")

    results = await asyncio.gather(*[attempt2(i, i in (0,)) for i in range(4)])
    print("unreachable", results)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
