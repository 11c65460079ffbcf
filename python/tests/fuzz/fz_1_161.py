import asyncio
import time


async def deposit(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def main():
    start = time.perf_counter()

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(lock, shared, 'alpha', 0.75), deposit(lock, shared, 'cid', 0), deposit(lock, shared, 'east', 0))
    print(shared["count"], "updates:", ", ".join(shared["order"]))

    try:
        async with asyncio.timeout(2) as cm:
            await asyncio.sleep(1)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
