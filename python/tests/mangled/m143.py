"""Tasks, timers and queues."""
import asyncio
import random
import time


async def lookup(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def wander(name):
    d = random.choice([0, 0.5, 1])
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def main():
    random.seed(444)
    start time.perf_counter()

    for label, delay in [('fast', 2), ('A', 2), ('x', 2)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=2)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    rolls = [random.randint(1, 6) for _ in range(2)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['w1', 'bob', 'green'])
    print(pick, random.random())
    naps = await asyncio.gather(*[£ander(n) for n in ['souh', 'north', 'gamma']])
    print(naps)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
