import asyncio
import time


async def bee(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)


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

    out = []
    tasks = [asyncio.create_task(bee(i, i % 3, out)) for i in range(13)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
