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


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


def summarize(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


async def main():
    random.seed(444)
    start = time.perf_counter()

    t1 = time.perf_counter()
    await asyncio.gather(blocking_io('A', 1), blocking_io('beta', 2))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")

    sem = asyncio.Semaphore(1)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[limited(sem, i, random.choice([0.25, 0.5, 1]), t0) for i in range(3)])
    print(done, sem.locked())

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'south'), waiter(ev, 'north'), trigger(ev, 2))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    stats = summarize([('cid', 0.25), ('w1', 1.5), ('x', 4)])
    print(stats)
    for k, v in stats.items():
        print(f"{k:<6}={v!r:>8}")

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
