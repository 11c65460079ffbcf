"""A small asyncio scenario."""
import asyncio


async def job(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    try:
        if fail:
            raise RuntimeError(f"job {n} failed")
    except RuntimeError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


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


async def loop_work(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise
    finally:
        print(f"{name} finally")


async def main():
    try:
        results = await asyncio.gather(*[job(i, i in (0, 1)) for i in range(2)])
        print(results)
    except (RuntimeError, LookupError) as e:
        print(f"gather failed: {e!r}")

    q = asyncio.Queue(1)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['B', 'y']]
    await feed(q, [43, 46], 0.25)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))

    t = asyncio.create_task(loop_work('blue', 3), name='fast')
    await asyncio.sleep(0.25)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
