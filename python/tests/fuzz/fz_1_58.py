# args: --timestamps
"""Generated asyncio exercise."""
import asyncio
import random
import time


async def monitor(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        return "swallowed"
    finally:
        print(f"{name} finally")


async def query(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def step(name, delay, n):
    for i in range(n):
        print(f"{name!r} at {i}, delay={delay}")
        await asyncio.sleep(delay)
    return n * delay


async def main():
    random.seed(92)
    start = time.perf_counter()

    t = asyncio.create_task(monitor('w3', 4), name='beta')
    await asyncio.sleep(1)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    for label, delay in [('green', 0.5), ('bob', 1.5)]:
        try:
            result = await asyncio.wait_for(query(label, delay), timeout=0.5)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")

    specs = [('red', 0, 1), ('gamma', 2, 1)]
    results = await asyncio.gather(*(step(*s) for s in specs))
    for s, r in zip(specs, results):
        print(s[0], "=>", r)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
