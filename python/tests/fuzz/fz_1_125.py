import asyncio
import random
import time


async def cell(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def step(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return (name, n)


async def main():
    random.seed(42)
    start = time.perf_counter()

    out = []
    tasks = [asyncio.create_task(cell(i, (9 - i) * 0.25, out)) for i in range(9)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'C'), trigger(ev, 1))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no second signal")

    try:
        async with asyncio.timeout(1):
            for i in range(4):
                await asyncio.sleep(0.5)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    tasks = [asyncio.create_task(step(name, d, k)) for name, d, k in [('west', 0.25, 2), ('A', 1, 3)]]
    for t in tasks:
        print(await t)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
