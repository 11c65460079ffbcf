import asyncio
import random
import time


async def limited(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def feed(q, items, delay):
    for item in items:
        await q.put(item)
        await asyncio.sleep(delay)


async def drain(q, name, total):
    while True:
        item = await q.get()
        if item is None:
            print(f"{name} stopping")
            return total
        total += item
        print(f"{name} +{item} -> {total}")


async def main():
    random.seed(1)

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[limited(sem, i, random.choice([0.25, 0.5, 1]), t0) for i in range(3)])
    print(done, sem.locked())

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.5, notify, 'other', box)
    loop.call_soon(notify, 'soon', box)
    loop.call_later(1, notify, 'later', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    q = asyncio.Queue(0)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['fast', 'w2', 'bob']]
    await feed(q, [90], 0)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))


if __name__ == "__main__":
    asyncio.run(main())
