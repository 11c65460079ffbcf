import asyncio


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
    tick_task = asyncio.create_task(ticker(0.5), name='ticker')

    q = asyncio.Queue(1)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['y', 'green', 'east']]
    await feed(q, [41, 81, 82, 36], 0)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    return 0


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
