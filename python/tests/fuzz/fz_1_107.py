"""Generated asyncio exercise."""
import asyncio
import random
import time


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def legacy_call(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await asyncio.sleep(0)
    print(f"{name} resumes")


async def dawdle(name):
    d = random.randint(0, 3)
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
    random.seed(2024)
    tick_task = asyncio.create_task(ticker(1), name='ticker')

    values = await asyncio.gather(*(branch(i) for i in range(2)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    t1 = time.perf_counter()
    await asyncio.gather(legacy_call('gamma', 0.5), legacy_call('w2', 1))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")

    random.seed(639)
    rolls = [random.randint(1, 6) for _ in range(2)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['delta', 'fast', 'north'])
    print(pick, random.random())
    naps = await asyncio.gather(*[dawdle(n) for n in ['cid', 'red', 'west']])
    print(naps)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
