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


async def job(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise KeyError(n)
    print(f"job {n} ok")
    return n * n


def describe(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


def on_timer(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'green'), trigger(ev, 0.5), waiter(ev, 'z'), waiter(ev, 'south'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no second signal")

    results = await asyncio.gather(*[job(i, i in (0, 3)) for i in range(4)], return_exceptions=True)
    print(results)

    stats = describe([('fast', 1), ('C', 1), ('x', 1)])
    print(stats)
    for k, v in stats.items():
        print(f"{k:^7}|{v:08.3f}")

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.25, on_timer, 'later', box)
    loop.call_later(2, on_timer, 'other', box)
    loop.call_soon(on_timer, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
