import asyncio
import random


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
    random.seed(55)

    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0)) for i in range(3)]
    await asyncio.gather(produce(q, 'p0', [8, 56, 68], 0), produce(q, 'p1', [97, 11], 0))
    await q.join()
    print("all processed:", sorted(seen))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    return 42


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
