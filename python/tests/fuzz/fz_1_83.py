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


async def blocking_io(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await asyncio.sleep(0)
    print(f"{name} resumes")


async def main():
    start = time.perf_counter()

    ev = asyncio.Event()
    results = await asyncio.gather(trigger(ev, 0), waiter(ev, 'dee'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no second signal")

    t1 = time.perf_counter()
    await asyncio.gather(blocking_io('north', 1), blocking_io('bob', 2))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
