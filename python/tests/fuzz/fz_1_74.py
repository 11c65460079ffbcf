# args: --timestamps
import asyncio
import time


async def increment(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def bee(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)


async def main():
    start = time.perf_counter()

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(increment(lock, shared, 'x', 1), increment(lock, shared, 'A', 0), increment(lock, shared, 'north', 0), increment(lock, shared, 'blue', 0.5))
    print(shared)

    out = []
    tasks = [asyncio.create_task(bee(i, 0, out)) for i in range(16)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
