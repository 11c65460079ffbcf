# args: --timestamps
"""A small asyncio scenario."""
import asyncio


async def load(n, fail):
    await asyncio.sleep(1)
    try:
        if fail:
            raise ValueError(f"job {n} failed")
    except ValueError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def slow(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def main():
    try:
        results = await asyncio.gather(*[load(i, i in (3,)) for i in range(5)])
        print(results)
    except Exception as e:
        print(f"gather failed: {e!r}")
    await asyncio.sleep(2)
    print("after the failure")

    for label, delay in [('south', 1), ('z', 1.5)]:
        try:
            result = await asyncio.wait_for(slow(label, delay), timeout=2)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")


if __name__ == "__main__":
    asyncio.run(main())
