"""Generated asyncio exercise."""
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


async def main():
    start = time.perf_counter()

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'x'), waiter(ev, 'D'), trigger(ev, 1), waiter(ev, 'ann'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
