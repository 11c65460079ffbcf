"""A small asyncio scenario."""
import asyncio
import time


async def count(name, delay, n):
    for i in range(n):
        print("%s -> %d" % (name, i))
        await asyncio.sleep(delay)
    return [name] * n


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
    start = time.perf_counter()
    tick_task = asyncio.create_task(ticker(0.75), name='ticker')

    tasks = [asyncio.create_task(count(name, d, k)) for name, d, k in [('slow', 1, 2), ('ann', 1, 1), ('alpha', 1, 3), ('w1', 1, 3)]]
    for t in tasks:
        print(await t)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
