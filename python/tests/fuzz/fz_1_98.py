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


async def main():
    q = asyncio.Queue(2)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['y']]
    await feed(q, [58, 14, 4, 59], 0.5)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))


if __name__ == "__main__":
    asyncio.run(main())
