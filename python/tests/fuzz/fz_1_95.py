# args: --timestamps
"""Tasks, timers and queues."""
import asyncio
import time


async def worker(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return n * delay


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def validate(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    if fail:
        raise ValueError(n)
    print(f"job {n} ok")
    return n * n


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    results = await asyncio.gather(worker('delta', 0, 2), worker('fast', 0.5, 1), worker('slow', 0, 2))
    print(results)

    ev = asyncio.Event()
    results = await asyncio.gather(trigger(ev, 0), waiter(ev, 'red'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no second signal")

    try:
        results = await asyncio.gather(*[validate(i, i in (0,)) for i in range(3)])
        print(results)
    except (ValueError, LookupError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(1)
    print("after the failure")

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.25, callback, 'later', box)
    loop.call_later(2, callback, 'other', box)
    loop.call_soon(callback, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(0.5)
    print(box)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
