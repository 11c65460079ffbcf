# args: --timestamps
"""A small asyncio scenario."""
import asyncio


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def validate(n, fail):
    await asyncio.sleep(0.5 * (n % 2))
    try:
        if fail:
            raise ValueError(n)
    except ValueError as e:
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


async def main():
    values = await asyncio.gather(*(branch(i) for i in range(3)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    try:
        results = await asyncio.gather(*[validate(i, i in (0, 4)) for i in range(5)])
        print(results)
    except Exception as e:
        print("gather failed:", type(e).__name__, e)

    q = asyncio.Queue(0)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['w3', 'x', 'east']]
    await feed(q, [76, 58, 53, 85, 29], 0)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))


if __name__ == "__main__":
    asyncio.run(main())
