import asyncio
import random
import time


class AppError(Exception):
    pass


async def legacy_call(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await asyncio.sleep(0)
    print(f"{name} resumes")


async def lookup(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def job(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    if fail:
        raise AppError(f"bad value: {n!r}")
    print(f"job {n} ok")
    return n * n


async def main():
    random.seed(2024)

    t1 = time.perf_counter()
    await asyncio.gather(legacy_call('w1', 2), legacy_call('y', 2))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")

    for label, delay in [('gamma', 3), ('C', 0), ('slow', 3)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=2)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    results = await asyncio.gather(*[job(i, i in (0, 2)) for i in range(5)])
    print("unreachable", results)


if __name__ == "__main__":
    asyncio.run(main())
