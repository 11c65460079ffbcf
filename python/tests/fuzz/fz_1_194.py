"""Generated asyncio exercise."""
import asyncio
import time


class AppError(Exception):
    def __init__(self, message, code=7):
        super().__init__(message)
        self.code = code


async def increment(shared, name, delay):
    value = shared["count"]
    await asyncio.sleep(delay)
    shared["count"] = value + 1
    shared["order"].append(name)
    print(f"{name} wrote {shared['count']}")


async def validate(n, fail):
    await asyncio.sleep(0)
    try:
        if fail:
            raise AppError(f"job {n} failed")
    except AppError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def main():
    start = time.perf_counter()

    try:
        async with asyncio.timeout(2) as cm:
            await asyncio.sleep(1)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    shared = {"count": 0, "order": []}
    await asyncio.gather(increment(shared, 'cid', 0.75), increment(shared, 'fast', 1))
    print(shared["count"], "updates:", ", ".join(shared["order"]))

    try:
        results = await asyncio.gather(*[validate(i, i in (0,)) for i in range(4)])
        print(results)
    except AppError as e:
        print(f"gather failed: {e!r}")
    await asyncio.sleep(1)
    print("after the failure")

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
