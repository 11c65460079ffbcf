import asyncio
import time


async def load(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    try:
        if fail:
            raise RuntimeError(f"job {n} failed")
    except RuntimeError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


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

    q = asyncio.Queue(maxsize=1)
    for i in range(5):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(6):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break

    results = await asyncio.gather(*[load(i, i in (0, 1)) for i in range(2)], return_exceptions=True)
    print(results)

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(lock, shared, 'south', 0), deposit(lock, shared, 'w1', 0.5), deposit(lock, shared, 'w2', 1), deposit(lock, shared, 'x', 0.5))
    print(shared["count"], "updates:", ", ".join(shared["order"]))

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
