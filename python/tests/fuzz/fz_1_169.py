"""Tasks, timers and queues."""
import asyncio
import random


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
    random.seed(42)

    ev = asyncio.Event()
    results = await asyncio.gather(trigger(ev, 0), waiter(ev, 'B'), waiter(ev, 'alpha'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no second signal")


if __name__ == "__main__":
    asyncio.run(main())
