# args: --timestamps
"""A small asyncio scenario."""
import asyncio
import time


async def walker(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return (name, n)


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def visit(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def main():
    specs = [('bob', 0.75, 2), ('ann', 0.75, 1)]
    results = await asyncio.gather(*(walker(*s) for s in specs))
    for s, r in zip(specs, results):
        print(s[0], "=>", r)

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'alpha'), trigger(ev, 2), waiter(ev, 'blue'), waiter(ev, 'A'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no second signal")

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[visit(sem, i, 1, t0) for i in range(5)])
    print(done, sem.locked())


if __name__ == "__main__":
    asyncio.run(main())
