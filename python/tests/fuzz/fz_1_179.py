import asyncio
import time


async def turn(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def deposit(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def explode(n):
    await asyncio.sleep(n)
    raise RuntimeError(f"boom after {n}")


async def main():
    start = time.perf_counter()

    log = []
    first = asyncio.create_task(turn('ping', 4, log))
    await turn('pong', 4, log)
    print("first done?", first.done())
    await first
    print(len(log), log[-3:])

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(lock, shared, 'delta', 1), deposit(lock, shared, 'w1', 0.5))
    print(shared)

    t = asyncio.create_task(explode(0))
    await asyncio.sleep(1)
    print("done yet?", t.done())
    await t

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
