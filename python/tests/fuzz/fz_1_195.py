"""Generated asyncio exercise."""
import asyncio
import time


class AppError(Exception):
    pass


async def unit(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)


async def attempt(n, fail):
    await asyncio.sleep(0.5 * (n % 2))
    if fail:
        raise AppError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def main():
    start = time.perf_counter()

    out = []
    tasks = [asyncio.create_task(unit(i, (16 - i) * 0.25, out)) for i in range(16)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    q = asyncio.Queue(maxsize=1)
    for i in range(5):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(6):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break

    try:
        results = await asyncio.gather(*[attempt(i, i in (0, 1)) for i in range(2)])
        print(results)
    except AppError as e:
        print("gather failed:", type(e).__name__, e)
        print("code", getattr(e, "code", None))
    await asyncio.sleep(0)
    print("after the failure")

    values = [3, 2, 1, 0]
    ratios = [10 // v for v in values]
    print(ratios)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
