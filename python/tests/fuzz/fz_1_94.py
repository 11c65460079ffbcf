"""Tasks, timers and queues."""
import asyncio
import random
import time


async def risky(n, fail):
    await asyncio.sleep(n * 0.25)
    try:
        if fail:
            raise ValueError(f"job {n} failed")
    except ValueError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def wander(name):
    d = round(random.random(), 2)
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def bounce(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def main():
    random.seed(1)
    start = time.perf_counter()

    try:
        results = await asyncio.gather(*[risky(i, i in (2,)) for i in range(4)])
        print(results)
    except (ValueError, LookupError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(2)
    print("after the failure")

    rolls = [random.randint(1, 6) for _ in range(6)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['gamma', 'x', 'east'])
    print(pick, random.random())
    naps = await asyncio.gather(*[wander(n) for n in ['green', 'w1', 'fast', 'red']])
    print(naps)

    log = []
    first = asyncio.create_task(bounce('tic', 4, log))
    await bounce('tac', 3, log)
    await bounce('toe', 3, log)
    print("first done?", first.done())
    await first
    print(len(log), log[-3:])

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
