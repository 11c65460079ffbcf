# args: --timestamps
import asyncio
import random
import time


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


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def main():
    random.seed(7)
    start = time.perf_counter()

    q = asyncio.Queue(2)
    drains = [asyncio.create_task(drain(q, n, 0)) for n in ['x', 'bob']]
    await feed(q, [18, 31, 40, 68, 38, 7, 2, 92], 0)
    for _ in drains:
        await q.put(None)
    totals = await asyncio.gather(*drains)
    print(totals, sum(totals))

    ev = asyncio.Event()
    results = await asyncio.gather(trigger(ev, 2), waiter(ev, 'alpha'), waiter(ev, 'z'), waiter(ev, 'green'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
