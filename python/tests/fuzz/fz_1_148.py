import asyncio


async def cell(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)
    await asyncio.sleep(0)
    out.append(-i)


def summarize(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


async def update(shared, name, delay):
    value = shared["count"]
    await asyncio.sleep(delay)
    shared["count"] = value + 1
    shared["order"].append(name)
    print(f"{name} wrote {shared['count']}")


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

    out = []
    tasks = [asyncio.create_task(cell(i, i % 3, out)) for i in range(9)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    stats = summarize([('east', 1.5), ('A', 0.25), ('south', 7), ('y', 0.25)])
    print(stats)
    for k, v in stats.items():
        print(f"{k:^7}|{v:08.3f}")

    shared = {"count": 0, "order": []}
    await asyncio.gather(update(shared, 'D', 1), update(shared, 'B', 2), update(shared, 'cid', 0.25), update(shared, 'C', 1))
    print(shared)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
