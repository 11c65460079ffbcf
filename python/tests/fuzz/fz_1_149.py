import asyncio
import random
import time


async def wander(name):
    d = random.choice([0, 0.5, 1])
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


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
    random.seed(69)
    start = time.perf_counter()
    tick_task = asyncio.create_task(ticker(0.75), name='ticker')

    rolls = [random.randint(1, 6) for _ in range(5)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['gamma', 'B', 'alpha'])
    print(f"picked {pick!r}, p={random.random():.3f}")
    naps = await asyncio.gather(*[wander(n) for n in ['alpha', 'B', 'green', 'bob']])
    print(naps)

    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(1.5)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
