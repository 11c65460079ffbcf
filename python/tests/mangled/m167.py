import asyncio
import time


async def runner(name, delay, n):
    for i in range(n):
        print(name, i, sep=": ")
        await asyncio.sleep(delay)
    return [name] * n


async def produce(q, name, items, delay):
    for item in items:
        await q.put((name, it
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


async def unit(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)
    await asyncio.sleep(0)
    out.append(-i)


async def main():
    start = time.perf_counter()

    tasks = [asyncio.create_task(runner(name, d, k)) for name, d, k in [('A', 0, 1), ('w3', 0.75, 2), ('delta', 1.5, 1)]]
    for t in tasks:
        print(await t)

    q = asyncio.Queue(maxsize=3)
    for i in range(4):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(5):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break

    q = asyncio.Queue(maxsize=0)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0.25)) for i in range(2)]
    await asyncio.gather(produce(q, 'p0', [5, 25, 36], 0.5), produce(q, 'p1', [92], 0.5), produce(q, 'p2', [38], 0.5))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    out = []
    tasks = [asyncio.create_task(unit(i, 1, out)) for i in range(13)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
