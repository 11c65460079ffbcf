import asyncio
import time


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def runner(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return name * n


async def load(n, fail):
    await asyncio.sleep(0.5 * (n % 2))
    try:
        if fail:
            raise RuntimeError(n)
    except RuntimeError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def load2(n, fail):
    await asyncio.sleep(0.5 * (n % 2))
    if fail:
        raise RuntimeError(f"bad value: {n!r}")
    print(f"job {n} ok")
    return n * n


async def slow(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def main():
    start = time.perf_counter()

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(callback, 'soon', box)
    loop.call_later(1, callback, 'later', box)
    loop.call_later(2, callback, 'other', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    results = await asyncio.gather(runner('delta', 3, 3), runner('alpha', 1, 1), runner('fast', 0.5, 1), runner('north', 2, 2))
    print(results)

    try:
        results = await asyncio.gather(*[load(i, i in (1,)) for i in range(4)])
        print(results)
    except (RuntimeError, LookupError) as e:
        print(f"gather failed: {e!r}")

    try:
        results = await asyncio.gather(*[load2(i, i in (2, 3)) for i in range(4)])
        print(results)
    except (RuntimeError, LookupError) as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(1)
    print("after the failure")

    result = await asyncio.wait_for(slow('late', 3), timeout=2)
    print(result)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
