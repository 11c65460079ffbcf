"""Tasks, timers and queues."""
import asyncio
import time


class AppError(Exception):
    pass


async def attempt(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    if fail:
        raise AppError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def loop_work(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise
    finally:
        print(f"{name} finally")


async def main():
    start = time.perf_counter()

    results = await asyncio.gather(*[attempt(i, i in (1, 4)) for i in range(5)], return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)

    t = asyncio.create_task(loop_work('z', 5), name='w3')
    await asyncio.sleep(0)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
