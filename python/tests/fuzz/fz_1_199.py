import asyncio
import time


async def legacy_call(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await asyncio.sleep(0)
    print(f"{name} resumes")


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


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    t1 = time.perf_counter()
    await asyncio.gather(legacy_call('B', 2), legacy_call('ann', 2))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")

    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0)) for i in range(3)]
    await asyncio.gather(produce(q, 'p0', [62, 40, 89], 1))
    await q.join()
    print("all processed:", sorted(seen))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(2, callback, 'other', box)
    loop.call_later(0.25, callback, 'later', box)
    loop.call_soon(callback, 'soon', box)
    handle = loop.call_later(0.5, callback, 'never', box)
    handle.cancel()
    print("callbacks scheduled")
    await asyncio.sleep(3)
    print(box)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
