import asyncio
import random
import time


async def dawdle(name):
    d = random.choice([0, 0.5, 1])
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def visit(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def main():
    random.seed(7)

    rolls = [random.randint(1, 6) for _ in range(3)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['slow', 'delta', 'blue'])
    print(f"picked {pick!r}, p={random.random():.3f}")
    naps = await asyncio.gather(*[dawdle(n) for n in ['beta', 'fast']])
    print(naps)

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[visit(sem, i, 0.5 + i % 2, t0) for i in range(2)])
    print(done, sem.locked())


if __name__ == "__main__":
    asyncio.run(main())
