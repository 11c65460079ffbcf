"""Generated asyncio exercise."""
import asyncio
import random


async def validate(n, fail):
    await asyncio.sleep(n * 0.25)
    try:
        if fail:
            raise KeyError(f"job {n} failed")
    except KeyError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


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
    random.seed(2024)
    tick_task = asyncio.create_task(ticker(0.75), name='ticker')

    results = await asyncio.gather(*[validate(i, i in (0, 2)) for i in range(3)], return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)

    q = asyncio.Queue(maxsize=2)
    for i in range(2):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(3):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break

    data = {"a": 1, "b": 2}
    try:
        value = data["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed")

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
