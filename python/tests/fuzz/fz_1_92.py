# args: --timestamps
"""A small asyncio scenario."""
import asyncio
import random
import time


async def risky(n, fail):
    await asyncio.sleep(random.randint(0, 2))
    if fail:
        raise ValueError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def runner(name, delay, n):
    for i in range(n):
        print(f"{name!r} at {i}, delay={delay}")
        await asyncio.sleep(delay)
    return n * delay


async def ticker(period):
    n = 0
    try:
        for n in range(1, 41):
            await asyncio.sleep(period)
            print(f"tick {n}")
    except asyncio.CancelledError:
        print(f"ticker stopped after {n}")
        raise


async def main():
    random.seed(91)
    start = time.perf_counter()
    tick_task = asyncio.create_task(ticker(1), name='ticker')

    try:
        results = await asyncio.gather(*[risky(i, i in (0, 1)) for i in range(2)])
        print(results)
    except Exception as e:
        print(f"gather failed: {e!r}")
    await asyncio.sleep(0)
    print("after the failure")

    results = await asyncio.gather(runner('w2', 1, 2), runner('alpha', 1, 3), runner('west', 1, 3))
    print(results)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
