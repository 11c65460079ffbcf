import asyncio
import random


async def feed(q, items, delay):
    for item in items:
        await q.put(item)
        await asyncio.sleep(delay)


async def drain(q, name, total):
    while True:
        item = await q.get()
        if item is None:
            print(f"{name} stopping")
            return total
        total += item
        print(f"{name} +{item} -> {total}")


async def load(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise ValueError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def count(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
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
    random.seed(7)
    tick_task = asyncio.create_task(ticker(0.75), name='ticker')

    q = asyncio.Queue(0)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['south', 'dee', 'A']]
    await feed(q, [78, 46, 79], 1)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))

    try:
        results = await asyncio.gather(*[load(i, i in (2,)) for i in range(3)])
        print(results)
    except ValueError as e:
        print(f"gather failed: {e!r}")
    await asyncio.sleep(2)
    print("after the failure")

    tasks = [asyncio.create_task(count(name, d, k)) for name, d, k in [('C', 1, 2), ('east', 2, 1), ('A', 1, 3), ('alpha', 0, 1)]]
    for t in tasks:
        print(await t)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
