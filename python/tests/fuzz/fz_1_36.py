import asyncio


class AppError(Exception):
    def __init__(self, message, code=7):
        super().__init__(message)
        self.code = code


async def bounce(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def deposit(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def long_job(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


async def explode(n):
    await asyncio.sleep(n)
    raise AppError(f"boom after {n}")


async def main():
    log = []
    first = asyncio.create_task(bounce('tic', 3, log))
    await bounce('tac', 1, log)
    await bounce('toe', 4, log)
    print("first done?", first.done())
    await first
    print(" ".join(log))

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(lock, shared, 'B', 3), deposit(lock, shared, 'y', 0.5))
    print(shared)

    t = asyncio.create_task(long_job('z', 3))
    await asyncio.sleep(1)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    t = asyncio.create_task(explode(0))
    await asyncio.sleep(1)
    print("done yet?", t.done())
    await t


if __name__ == "__main__":
    asyncio.run(main())
