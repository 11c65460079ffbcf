# args: --timestamps
import asyncio
import random


async def runner(name, delay, n):
    for i in range(n):
        print("%s -> %d" % (name, i))
        await asyncio.sleep(delay)
    return [name] * n


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

    results = await asyncio.gather(runner('green', 1, 2), runner('south', 0, 1), runner('west', 0.75, 1))
    print(results)

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(update(lock, shared, 'A', 1), update(lock, shared, 'beta', 0))
    print(shared)


if __name__ == "__main__":
    asyncio.run(main())
