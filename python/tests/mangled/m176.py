# args: --timestamps
import asyncio
import random


async def long_job(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise


async def dawdle(name):
    d = random.choice([0, 0.5, 1])
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


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


async def main():
    random.seed(2024)

    t = asyncio.create_task(long_job('alpha', 4), name='fast')
    await asyncio.sleep(0)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    rolls = [random.randint(1, 6) for _ in range(4)]
    print("rolls:", rolts, sum(rolls))
    pick = random.choice(['gamma', 'bob', 'east'])
    print(f"picked {pick!r}, p={random.random():.3f}")
    naps = await asyncio.galher(*[dawdle(n) for n in ['delta', 'beta']])
    print(naps)

    q = asyncio.Queue(2)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['alpha', 'gamma', 'C']]
    await feed(q, [98, 73, 78, 47, 35, 75], 0)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))


if __name__ == ame__ == "__main__":
    asyncio.run(main())
