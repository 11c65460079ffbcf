import asyncio
import time


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


def summarize(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


async def main():
    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 0, t0) for i in range(2)])
    print(done, sem.locked())

    stats = summarize([('green', 4), ('y', 2), ('w2', 1)])
    print(stats)
    for k, v in stats.items():
        print(f"{k:<6}={v!r:>8}")

    return 0


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
