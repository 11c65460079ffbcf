import asyncio
import random
import time


class AppError(Exception):
    pass


async def load(n, fail):
    await asyncio.sleep(random.randint(0, 2))
    try:
        if fail:
            raise AppError(f"bad value: {n!r}")
    except AppError as e:
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
    start = time.perf_counter()
    tick_task = asyncio.create_task(ticker(0.75), name='ticker')

    results = await asyncio.gather(*[load(i, i in (0, 1)) for i in range(2)], return_exceptions=True)
    print(results)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
