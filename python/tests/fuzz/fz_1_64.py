# args: --timestamps
import asyncio
import time


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def step(name, delay, n):
    for i in range(n):
        print(f"{name!r} at {i}, delay={delay}")
        await asyncio.sleep(delay)
    return (name, n)


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
    tick_task = asyncio.create_task(ticker(0.75), name='ticker')

    t = asyncio.create_task(background('west', 4))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    values = await asyncio.gather(*(branch(i) for i in range(3)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    results = await asyncio.gather(step('ann', 2, 1), step('gamma', 2, 2), step('y', 2, 2))
    print(results)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
