import asyncio


async def worker(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return (name, n)


async def serve(x, tag):
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
    tick_task = asyncio.create_task(ticker(1), name='ticker')

    try:
        async with asyncio.timeout(2) as cm:
            await asyncio.sleep(1.0)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    tasks = [asyncio.create_task(worker(name, d, k)) for name, d, k in [('slow', 0.5, 1), ('w3', 0, 1), ('south', 1, 2)]]
    for t in tasks:
        print(await t)

    print("main is", asyncio.current_task().get_name())
    t0 = asyncio.create_task(serve(1, 'C'), name='C-task')
    t1 = asyncio.create_task(serve(0, 'alpha'), name='alpha-task')
    print(t0.get_name(), t1.get_name(), t0.done())
    t1.set_name("renamed")
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
