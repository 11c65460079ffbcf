import asyncio


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def unit(i, delay, out):
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
    tick_task = asyncio.create_task(ticker(1), name='ticker')

    values = [await branch(i) for i in range(3)]
    print(values)

    out = []
    tasks = [asyncio.create_task(unit(i, i % 3, out)) for i in range(9)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
