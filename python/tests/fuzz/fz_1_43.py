import asyncio
import random
import time


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


async def walker(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return n * delay


async def main():
    random.seed(1)
    start = time.perf_counter()

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

    q = asyncio.Queue(maxsize=1)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0)) for i in range(2)]
    await asyncio.gather(produce(q, 'p0', [34], 0.25))
    await q.join()
    print("all processed:", sorted(seen))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    try:
        async with asyncio.timeout(0.5):
            for i in range(1):
                await asyncio.sleep(0.5)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    tasks = [asyncio.create_task(walker(name, d, k)) for name, d, k in [('slow', 2, 1), ('A', 0.5, 1), ('green', 1, 1), ('west', 0, 2)]]
    for t in tasks:
        print(await t)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
