import asyncio
import random
import time


async def runner(name, delay, n):
    for i in range(n):
        print(f"{name!r} at {i}, delay={delay}")
        await asyncio.sleep(delay)
    return [name] * n


async def wander(name):
    d = random.choice([0, 0.5, 1])
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def main():
    random.seed(7)
    start = time.perf_counter()

    tasks = [asyncio.create_task(runner(name, d, k)) for name, d, k in [('blue', 0.75, 3), ('west', 0.5, 2), ('w2', 3, 2)]]
    for t in tasks:
        print(await t)

    random.seed(975)
    rolls = [random.randint(1, 6) for _ in range(4)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['dee', 'bob', 'south'])
    print(pick, random.random())
    naps = await asyncio.gather(*[wander(n) for n in ['C', 'east']])
    print(naps)

    values = [3, 2, 1, 0]
    ratios = [10 // v for v in values]
    print(ratios)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
