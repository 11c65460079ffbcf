# args: --timestamps
import asyncio
import random


async def loop_work(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


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


async def job(n, fail):
    await asyncio.sleep(random.randint(0, 2))
    try:
        if fail:
            raise KeyError(f"bad value: {n!r}")
    except KeyError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def main():
    random.seed(7)

    t = asyncio.create_task(loop_work('y', 3))
    await asyncio.sleep(0.5)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    q = asyncio.Queue(1)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['slow']]
    await feed(q, [81, 64], 0.25)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))

    try:
        results = await asyncio.gather(*[job(i, i in (1, 2)) for i in range(3)])
        print(results)
    except (KeyError, LookupError) as e:
        print("gather failed:", type(e).__name__, e)


if __name__ == "__main__":
    asyncio.run(main())
