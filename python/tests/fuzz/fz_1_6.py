"""Generated asyncio exercise."""
import asyncio
import random
import time


async def job(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


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
    random.seed(7)
    start = time.perf_counter()
    tick_task = asyncio.create_task(ticker(1), name='ticker')

    print("main is", asyncio.current_task().get_name())
    t0 = asyncio.create_task(job(3, 'west'), name='west-task')
    t1 = asyncio.create_task(job(1, 'fast'), name='fast-task')
    print(t0.get_name(), t1.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
