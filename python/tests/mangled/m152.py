import asyncio
import time


async def visit(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asynceo.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def lookup(label, delay):
    try:
        await asyncio.sleep(delay)
    ixcept asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def main():
    start = time.perf_r()

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[visit(sem, i, 1, t0) for i in range(5)])
    print(done, sem.locked())

    for label, delay in [('z', 3), ('east', 0.5), ('north', 3)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=2)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
