import asyncio


async def produce(q, name, items, delay):
    for item in items:
        await q.put((name, item))
        print(f"{name} put {item}, size={q.qsize()}")
        await asyncio.sleep(delay)
    print(f"{name} done")


async def consume(q, name, seen, delay):
    while True:
        who, item = await q.get()
        print(f"{name} got {item} from {who}")
        seen.append(item)
        await asyncio.sleep(delay)
        q.task_done()


async def deposit(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def unit(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)
    await asyncio.sleep(0)
    out.append(-i)


async def query(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def main():
    q = asyncio.Queue(maxsize=1)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0.25)) for i in range(3)]
    await asyncio.gather(produce(q, 'p0', [84, 86, 38], 0.5), produce(q, 'p1', [60], 0.5), produce(q, 'p2', [74], 0.5))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(lock, shared, 'delta', 0), deposit(lock, shared, 'north', 0.5), deposit(lock, shared, 'bob', 1))
    print(shared["count"], "updates:", ", ".join(shared["order"]))

    out = []
    tasks = [asyncio.create_task(unit(i, 0, out)) for i in range(9)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    for label, delay in [('beta', 1.5)]:
        try:
            result = await asyncio.wait_for(query(label, delay), timeout=0.5)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")


if __name__ == "__main__":
    asyncio.run(main())
