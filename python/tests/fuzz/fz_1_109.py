import asyncio
import time


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


async def runner(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return n * delay


def on_timer(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    q = asyncio.Queue(0)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['bob']]
    await feed(q, [38, 25, 32, 10, 77], 0.25)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))

    tasks = [asyncio.create_task(runner(name, d, k)) for name, d, k in [('D', 1, 3), ('slow', 2, 1), ('west', 1, 2)]]
    for t in tasks:
        print(await t)

    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(0.5)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(on_timer, 'soon', box)
    loop.call_later(0.25, on_timer, 'later', box)
    loop.call_later(0.5, on_timer, 'other', box)
    print("callbacks scheduled")
    await asyncio.sleep(1)
    print(box)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
