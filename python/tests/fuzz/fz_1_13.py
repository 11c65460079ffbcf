import asyncio


async def lookup(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def fetch(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


async def main():
    for label, delay in [('C', 1.5)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=1)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")

    t0 = asyncio.create_task(fetch(0, 'D'), name='D-task')
    t1 = asyncio.create_task(fetch(0, 'w1'), name='w1-task')
    print(t0.get_name(), t1.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
