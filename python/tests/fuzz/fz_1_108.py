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


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def bounce(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def main():
    start = time.perf_counter()

    q = asyncio.Queue(maxsize=1)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 1)) for i in range(2)]
    await asyncio.gather(produce(q, 'p0', [18], 1), produce(q, 'p1', [41, 29], 1))
    await q.join()
    print("all processed:", sorted(seen))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'north'), waiter(ev, 'B'), waiter(ev, 'ann'), trigger(ev, 2))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    log = []
    await asyncio.gather(bounce('a', 3, log), bounce('b', 1, log), bounce('c', 2, log), bounce('d', 2, log))
    print(" ".join(log))

    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return 42


if __name__ == "__main__":
    asyncio.run(main())
