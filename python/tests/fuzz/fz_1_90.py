import asyncio
import time


async def count(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return name * n


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def ticker(period):
    n = 0
    try:
        for n in range(1, 41):
            await asyncio.sleep(period)
            print(f"tick {n}")
    except asyncio.CancelledError:
        print(f"ticker stopped after {n}")
        raise


async def main():
    start = time.perf_counter()
    tick_task = asyncio.create_task(ticker(1), name='ticker')

    results = await asyncio.gather(count('alpha', 1, 2), count('C', 1, 1), count('cid', 0, 2))
    print(results)

    values = [await branch(i) for i in range(4)]
    print(values)

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.5, notify, 'later', box)
    loop.call_soon(notify, 'soon', box)
    handle = loop.call_later(0.5, notify, 'never', box)
    handle.cancel()
    loop.call_later(0.5, notify, 'other', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
