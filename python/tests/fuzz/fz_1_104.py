"""Tasks, timers and queues."""
import asyncio
import random


async def deposit(shared, name, delay):
    value = shared["count"]
    await asyncio.sleep(delay)
    shared["count"] = value + 1
    shared["order"].append(name)
    print(f"{name} wrote {shared['count']}")


async def walker(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return n * delay


async def main():
    random.seed(1)

    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(shared, 'y', 1), deposit(shared, 'w3', 1.5), deposit(shared, 'gamma', 0.5), deposit(shared, 'x', 1))
    print(shared)

    tasks = [asyncio.create_task(walker(name, d, k)) for name, d, k in [('fast', 0.25, 1), ('y', 0.75, 3), ('B', 1.5, 3), ('dee', 0.25, 3)]]
    for t in tasks:
        print(await t)

    try:
        async with asyncio.timeout(2) as cm:
            await asyncio.sleep(0.5)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())


if __name__ == "__main__":
    asyncio.run(main())
