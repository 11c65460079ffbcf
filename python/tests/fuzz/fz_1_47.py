"""A small asyncio scenario."""
import asyncio
import time


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


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
    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.5, notify, 'later', box)
    handle = loop.call_later(0.5, notify, 'never', box)
    handle.cancel()
    loop.call_later(0.5, notify, 'other', box)
    loop.call_soon(notify, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(1)
    print(box)

    ev = asyncio.Event()
    results = await asyncio.gather(trigger(ev, 0.5), waiter(ev, 'green'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no second signal")

    t1 = time.perf_counter()
    await asyncio.gather(blocking_io('alpha', 0.5), blocking_io('slow', 2))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")


if __name__ == "__main__":
    asyncio.run(main())
