"""A small asyncio scenario."""
import asyncio
import random
import time


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def risky(n, fail):
    await asyncio.sleep(random.randint(0, 2))
    if fail:
        raise RuntimeError(f"bad value: {n!r}")
    print(f"job {n} ok")
    return n * n


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def lookup(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def main():
    random.seed(87)
    start = time.perf_counter()

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'north'), trigger(ev, 0), waiter(ev, 'gamma'), waiter(ev, 'alpha'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    try:
        results = await asyncio.gather(*[risky(i, i in (0, 1)) for i in range(2)])
        print(results)
    except Exception as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(1)
    print("after the failure")

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 1, t0) for i in range(4)])
    print(done, sem.locked())

    for label, delay in [('z', 3), ('delta', 2)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=0.5)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
