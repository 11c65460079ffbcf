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
    results = await asyncio.gather(waiter(ev, 'west'), waiter(ev, 'green'), trigger(ev, 0), waiter(ev, 'fast'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no second signal")

    return "ok"


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
