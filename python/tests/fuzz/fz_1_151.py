"""Generated asyncio exercise."""
import asyncio
import time


async def runner(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return name * n


async def lookup(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def walker(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return (name, n)


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


async def main():
    start = time.perf_counter()

    results = await asyncio.gather(runner('w3', 2, 3), runner('bob', 0.5, 3), runner('east', 0.5, 3))
    print(results)

    for label, delay in [('w1', 2), ('cid', 0.5), ('bob', 3)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=1)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")

    tasks = [asyncio.create_task(walker(name, d, k)) for name, d, k in [('w3', 1, 2), ('A', 1, 2), ('beta', 0, 1)]]
    for t in tasks:
        print(await t)

    q = asyncio.Queue(maxsize=0)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0.25)) for i in range(1)]
    await asyncio.gather(produce(q, 'p0', [55, 33, 85], 0.5), produce(q, 'p1', [24, 10], 0.5))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
