import asyncio
import random


async def count(name, delay, n):
    for i in range(n):
        print(name, i, sep=": ")
        await asyncio.sleep(delay)
    return f"{name}:{n}"


async def update(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def main():
    random.seed(1)

    try:
        async with asyncio.timeout(1.5) as cm:
            await asyncio.sleep(0.75)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    tasks = [asyncio.create_task(count(name, d, k)) for name, d, k in [('gamma', 1, 3), ('A', 1, 2)]]
    for t in tasks:
        print(await t)

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(update(lock, shared, 'y', 1.5), update(lock, shared, 'w2', 0.5), update(lock, shared, 'north', 0.5))
    print(shared)


if __name__ == "__main__":
    asyncio.run(main())
