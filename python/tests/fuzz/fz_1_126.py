import asyncio
import time


async def query(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def feed(q, items, delay):
    for item in items:
        await q.put(item)
        await asyncio.sleep(delay)


async def drain(q, name, total):
    while True:
        item = await q.get()
        if item is None:
            print(f"{name} stopping")
            return total
        total += item
        print(f"{name} +{item} -> {total}")


async def main():
    for label, delay in [('A', 1), ('fast', 1)]:
        try:
            result = await asyncio.wait_for(query(label, delay), timeout=1)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 0.5 + i % 2, t0) for i in range(5)])
    print(done, sem.locked())

    q = asyncio.Queue(1)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['north']]
    await feed(q, [89, 81, 77, 64, 31, 31], 0.5)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))


if __name__ == "__main__":
    asyncio.run(main())
