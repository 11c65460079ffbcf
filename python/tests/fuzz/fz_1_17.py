import asyncio
import time


async def download(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return (tag, x)


async def job(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return x * 2


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
    tick_task = asyncio.create_task(ticker(0.5), name='ticker')

    t0 = asyncio.create_task(download(0.75, 'w1'))
    t1 = asyncio.create_task(download(2, 'blue'))
    t2 = asyncio.create_task(download(0.5, 'A'))
    print(t0.get_name(), t1.get_name(), t2.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())
    r2 = await t2
    print(r2, t2.done(), t2.result(), t2.cancelled())

    t0 = asyncio.create_task(job(0.5, 'alpha'), name='alpha-task')
    t1 = asyncio.create_task(job(0.5, 'dee'))
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
