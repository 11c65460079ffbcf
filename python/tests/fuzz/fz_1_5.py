"""Generated asyncio exercise."""
import asyncio
import random
import time


async def step(name, delay, n):
    for i in range(n):
        print(f"{name!r} at {i}, delay={delay}")
        await asyncio.sleep(delay)
    return name * n


async def monitor(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise


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
    random.seed(42)
    start = time.perf_counter()

    specs = [('north', 0.5, 2), ('dee', 1, 1), ('delta', 1, 2), ('green', 2, 2)]
    results = await asyncio.gather(*(step(*s) for s in specs))
    for s, r in zip(specs, results):
        print(s[0], "=>", r)

    t = asyncio.create_task(monitor('B', 5), name='delta')
    await asyncio.sleep(6)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    q = asyncio.Queue(maxsize=1)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 1)) for i in range(1)]
    await asyncio.gather(produce(q, 'p0', [16, 31, 47], 1))
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
