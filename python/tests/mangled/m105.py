import asyncio
import time


async def count(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return name * n


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


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
    await asyncio.sleep((3 - n) * 0.5)
    try:
        if fail:
            raise ValueError(n)
    except ValueError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def main():
    start = time.perf_counter()

    results = await asyncio.gather(count('w1', 0.75, 3), count('C', 0, 2), count('w2', 3, 3), count('east', 1, 1))
    print(results)

    values = [await branch(i) for i in range(3)]
    print(values)

    q = asyncio.Queue(2)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['gamma']]
    await feed(q, [33, 13, 87, 75], 1)
    for _ in drains:
        await q.put(None)
