import asyncio
import random
import time


async def job(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise KeyError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def visit(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


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
    random.seed(1)
    start = time.perf_counter()
    tick_task = asyncio.create_task(ticker(0.75), name='ticker')

    results = await asyncio.gather(*[job(i, i in (0,)) for i in range(4)], return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    print(f"{len(ok)} of {len(results)} succeeded: {ok}")

    log = []
    first = asyncio.create_task(volley('tic', 1, log))
    await volley('tac', 1, log)
    await volley('toe', 2, log)
    print("first done?", first.done())
    await first
    print(len(log), log[-3:])

    sem = asyncio.Semaphore(1)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[visit(sem, i, random.choice([0.25, 0.5, 1]), t0) for i in range(5)])
    print(done, sem.locked())

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return "ok"


if __name__ == "__main__":
    asyncio.run(main())
