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


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    ev = asyncio.Event()
    results = await asyncio.gather(trigger(ev, 2), waiter(ev, 'alpha'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no second signal")

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.25, callback, 'later', box)
    handle = loop.call_later(0.5, callback, 'never', box)
    handle.cancel()
    loop.call_soon(callback, 'soon', box)
    loop.call_later(0.5, callback, 'other', box)
    print("callbacks scheduled")
    await asyncio.sleep(1)
    print(box)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
