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


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def main():
    start = time.perf_counter()

    q = asyncio.Queue(maxsize=0)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 1)) for i in range(1)]
    await asyncio.gather(produce(q, 'p0', [89, 71, 36], 0.25), produce(q, 'p1', [45, 6, 20], 0.25))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    t = asyncio.create_task(background('w2', 5))
    await asyncio.sleep(3.0)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    log = []
    first = asyncio.create_task(volley('a', 4, log))
    await volley('b', 3, log)
    await volley('c', 1, log)
    await volley('d', 4, log)
    print("first done?", first.done())
    await first
    print(log)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
