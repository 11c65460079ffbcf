"""A small asyncio scenario."""
import asyncio
import time


async def loop_work(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        return "swallowed"
    finally:
        print(f"{name} finally")


async def limited(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def deposit(shared, name, delay):
    value = shared["count"]
    await asyncio.sleep(delay)
    shared["count"] = value + 1
    shared["order"].append(name)
    print(f"{name} wrote {shared['count']}")


async def main():
    t = asyncio.create_task(loop_work('A', 4), name='blue')
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    sem = asyncio.Semaphore(1)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[limited(sem, i, 0.5 + i % 2, t0) for i in range(5)])
    print(done, sem.locked())

    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(shared, 'east', 3), deposit(shared, 'y', 3), deposit(shared, 'x', 0), deposit(shared, 'fast', 3))
    print(shared["count"], "updates:", ", ".join(shared["order"]))


if __name__ == "__main__":
    asyncio.run(main())
