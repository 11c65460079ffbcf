"""Generated asyncio exercise."""
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


async def ping(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=0)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0.25)) for i in range(2)]
    await asyncio.gather(produce(q, 'p0', [7, 40, 8], 0), produce(q, 'p1', [75], 0))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    log = []
    await asyncio.gather(ping('L', 3, log), ping('R', 2, log))
    print(len(log), log[-3:])


if __name__ == "__main__":
    asyncio.run(main())
