import asyncio
import random
import time


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)


async def nap(name):
    d = random.randint(0, 3)
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def main():
    random.seed(7)
    start = time.perf_counter()

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 0.5 + i % 2, t0) for i in range(3)])
    print(done, sem.locked())

    log = []
    first = asyncio.create_task(volley('tic', 4, log))
    await volley('tac', 2, log)
    await volley('toe', 4, log)
    print("first done?", first.done())
    await first
    print(" ".join(log))

    rolls = [random.randint(1, 6) for _ in range(4)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['green', 'dee', 'beta'])
    print(pick, random.random())
    naps = await asyncio.gather(*[nap(n) for n in ['dee', 'y', 'west', 'red']])
    print(naps)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
