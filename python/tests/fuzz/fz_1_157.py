"""Generated asyncio exercise."""
import asyncio
import random
import time


async def visit(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def slow(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def turn(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)


async def main():
    random.seed(444)

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[visit(sem, i, random.choice([0.25, 0.5, 1]), t0) for i in range(6)])
    print(done, sem.locked())

    for label, delay in [('blue', 2), ('delta', 0.5), ('w1', 2)]:
        try:
            result = await asyncio.wait_for(slow(label, delay), timeout=1)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    log = []
    await asyncio.gather(turn('L', 2, log), turn('R', 4, log))
    print(" ".join(log))


if __name__ == "__main__":
    asyncio.run(main())
