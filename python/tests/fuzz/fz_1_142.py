import asyncio
import time


async def turn(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)


async def bee(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)
    await asyncio.sleep(0)
    out.append(-i)


async def limited(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def runner(name, delay, n):
    for i in range(n):
        print(name, i, sep=": ")
        await asyncio.sleep(delay)
    return name * n


async def query(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def main():
    log = []
    first = asyncio.create_task(turn('tic', 4, log))
    await turn('tac', 4, log)
    await turn('toe', 2, log)
    print("first done?", first.done())
    await first
    print(log)

    out = []
    tasks = [asyncio.create_task(bee(i, i % 3, out)) for i in range(5)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[limited(sem, i, 0, t0) for i in range(4)])
    print(done, sem.locked())

    results = await asyncio.gather(runner('slow', 0.25, 2), runner('delta', 1, 2))
    print(results)

    result = await asyncio.wait_for(query('late', 2), timeout=1)
    print(result)


if __name__ == "__main__":
    asyncio.run(main())
