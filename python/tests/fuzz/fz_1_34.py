# args: --timestamps
import asyncio
import random
import time


async def increment(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def limited(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def monitor(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        return "swallowed"


async def main():
    random.seed(2024)

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(increment(lock, shared, 'beta', 1), increment(lock, shared, 'green', 0.75), increment(lock, shared, 'gamma', 2))
    print(shared["count"], "updates:", ", ".join(shared["order"]))

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[limited(sem, i, random.choice([0.25, 0.5, 1]), t0) for i in range(6)])
    print(done, sem.locked())

    t = asyncio.create_task(monitor('green', 3), name='beta')
    await asyncio.sleep(0)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
