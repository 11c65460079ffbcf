# args: --timestamps
"""A small asyncio scenario."""
import asyncio
import time


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def deposit(shared, name, delay):
    value = shared["count"]
    await asyncio.sleep(delay)
    shared["count"] = value + 1
    shared["order"].append(name)
    print(f"{name} wrote {shared['count']}")


async def main():
    start = time.perf_counter()

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'x'), waiter(ev, 'y'), trigger(ev, 2))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no second signal")

    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(shared, 'blue', 3), deposit(shared, 'B', 0.75))
    print(shared["count"], "updates:", ", ".join(shared["order"]))

    values = [3, 2, 1, 0]
    ratios = [10 // v for v in values]
    print(ratios)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
