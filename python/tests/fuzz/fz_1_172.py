import asyncio
import random


async def lookup(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def job(n, fail):
    await asyncio.sleep(0)
    try:
        if fail:
            raise RuntimeError(f"job {n} failed")
    except RuntimeError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def main():
    random.seed(2024)

    for label, delay in [('D', 0), ('z', 2), ('y', 1.5)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=1)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    results = await asyncio.gather(*[job(i, i in (0,)) for i in range(4)], return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)


if __name__ == "__main__":
    asyncio.run(main())
