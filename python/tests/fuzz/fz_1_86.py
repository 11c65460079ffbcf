import asyncio
import random
import time


async def long_job(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        return "swallowed"


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
    random.seed(444)
    start = time.perf_counter()

    t = asyncio.create_task(long_job('green', 5), name='D')
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0.5)) for i in range(2)]
    await asyncio.gather(produce(q, 'p0', [45, 63, 13], 0.25), produce(q, 'p1', [29, 14], 0.25))
    await q.join()
    print("all processed:", sorted(seen))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    try:
        async with asyncio.timeout(2):
            for i in range(3):
                await asyncio.sleep(1)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return 0


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
