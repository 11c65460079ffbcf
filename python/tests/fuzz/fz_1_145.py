import asyncio
import time


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def lookup(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


def describe(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


async def main():
    start = time.perf_counter()

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 0, t0) for i in range(4)])
    print(done, sem.locked())

    for label, delay in [('w1', 0), ('green', 1), ('slow', 1)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=0.5)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")

    stats = describe([('green', 4), ('C', 0.25)])
    print(stats)
    for k, v in stats.items():
        print(k, type(v).__name__, v)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return 42


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
