# args: --timestamps
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


async def main():
    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0)) for i in range(1)]
    await asyncio.gather(produce(q, 'p0', [96], 0.5))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    q = asyncio.Queue(maxsize=2)
    for i in range(3):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(4):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break

    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(1)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())


if __name__ == "__main__":
    asyncio.run(main())
