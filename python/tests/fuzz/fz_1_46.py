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


async def ticker(period):
    n = 0
    try:
        for n in range(1, 41):
            await asyncio.sleep(period)
            print(f"tick {n}")
    except asyncio.CancelledError:
        print(f"ticker stopped after {n}")
        raise


async def main():
    tick_task = asyncio.create_task(ticker(1), name='ticker')

    q = asyncio.Queue(maxsize=0)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 1)) for i in range(1)]
    await asyncio.gather(produce(q, 'p0', [37, 75, 20], 1), produce(q, 'p1', [67, 70], 1), produce(q, 'p2', [32, 97], 1))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    try:
        async with asyncio.timeout(1.5):
            for i in range(4):
                await asyncio.sleep(0.25)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
