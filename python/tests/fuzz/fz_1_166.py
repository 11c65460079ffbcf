import asyncio


async def job(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return (tag, x)


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def lookup(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


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

    t0 = asyncio.create_task(job(0.75, 'south'))
    t1 = asyncio.create_task(job(3, 'blue'), name='blue-task')
    print(t0.get_name(), t1.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(1, callback, 'later', box)
    loop.call_later(0, callback, 'other', box)
    loop.call_soon(callback, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    result = await asyncio.wait_for(lookup('late', 3), timeout=2)
    print(result)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
