# args: --timestamps
import asyncio
import time


async def legacy_call(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await asyncio.sleep(0)
    print(f"{name} resumes")


async def query(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


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
    t1 = time.perf_counter()
    await asyncio.gather(legacy_call('w1', 0.5), legacy_call('A', 1))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")

    for label, delay in [('beta', 0), ('green', 0.5), ('dee', 1)]:
        try:
            result = await asyncio.wait_for(query(label, delay), timeout=2)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")

    q = asyncio.Queue(1)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['west']]
    await feed(q, [76, 74], 1)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))

    data = {"a": 1, "b": 2}
    try:
        value = data["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


if __name__ == "__main__":
    asyncio.run(main())
