"""A small asyncio scenario."""
import asyncio
import time


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def ping(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def main():
    start = time.perf_counter()

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, (i + 1) * 0.25, t0) for i in range(6)])
    print(done, sem.locked())

    log = []
    await asyncio.gather(ping('ping', 1, log), ping('pong', 3, log))
    print(log)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
