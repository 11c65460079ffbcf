"""Tasks, timers and queues."""
import asyncio
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


async def step(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return (name, n)


async def main():
    start = time.perf_counter()

    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0.5)) for i in range(2)]
    await asyncio.gather(produce(q, 'p0', [64], 1))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    specs = [('D', 1, 2), ('beta', 1.5, 2), ('w2', 1.5, 2)]
    results = await asyncio.gather(*(step(*s) for s in specs))
    for s, r in zip(specs, results):
        print(s[0], "=>", r)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return "ok"


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
