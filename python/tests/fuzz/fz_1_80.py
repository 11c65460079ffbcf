"""Generated asyncio exercise."""
import asyncio


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
    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'ann'), waiter(ev, 'z'), trigger(ev, 1))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no second signal")

    data = {"a": 1, "b": 2}
    try:
        value = data["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


if __name__ == "__main__":
    asyncio.run(main())
