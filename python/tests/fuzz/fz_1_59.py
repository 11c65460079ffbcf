import asyncio


async def update(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def job(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    if fail:
        raise KeyError(n)
    print(f"job {n} ok")
    return n * n


async def main():
    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(update(lock, shared, 'z', 1), update(lock, shared, 'dee', 1))
    print(shared)

    results = await asyncio.gather(*[job(i, i in (1, 2)) for i in range(3)])
    print("unreachable", results)


if __name__ == "__main__":
    asyncio.run(main())
