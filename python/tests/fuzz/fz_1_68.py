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


async def main():
    start = time.perf_counter()

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.25, notify, 'later', box)
    loop.call_later(2, notify, 'other', box)
    loop.call_soon(notify, 'soon', box)
    handle = loop.call_later(0.5, notify, 'never', box)
    handle.cancel()
    print("callbacks scheduled")
    await asyncio.sleep(3)
    print(box)

    ev = asyncio.Event()
    results = await asyncio.gather(trigger(ev, 0), waiter(ev, 'cid'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no second signal")

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
