import asyncio
import random
import time


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


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
    random.seed(7)
    start = time.perf_counter()

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'blue'), trigger(ev, 0.5))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    q = asyncio.Queue()
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0)) for i in range(2)]
    await asyncio.gather(produce(q, 'p0', [71, 40], 1))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
