"""Tasks, timers and queues."""
import asyncio


async def update(shared, name, delay):
    value = shared["count"]
    await asyncio.sleep(delay)
    shared["count"] = value + 1
    shared["order"].append(name)
    print(f"{name} wrote {shared['count']}")


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def main():
    shared = {"count": 0, "order": []}
    await asyncio.gather(update(shared, 'x', 3), update(shared, 'y', 0.5), update(shared, 'w2', 0), update(shared, 'south', 0.25))
    print(shared)

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'B'), trigger(ev, 0))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no second signal")


if __name__ == "__main__":
    asyncio.run(main())
