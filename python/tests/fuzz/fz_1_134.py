import asyncio


async def download(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return x * 2


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def increment(shared, name, delay):
    value = shared["count"]
    await asyncio.sleep(delay)
    shared["count"] = value + 1
    shared["order"].append(name)
    print(f"{name} wrote {shared['count']}")


async def main():
    print("main is", asyncio.current_task().get_name())
    t0 = asyncio.create_task(download(0.25, 'cid'), name='cid-task')
    t1 = asyncio.create_task(download(1, 'north'), name='north-task')
    t2 = asyncio.create_task(download(1, 'C'))
    print(t0.get_name(), t1.get_name(), t2.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())
    r2 = await t2
    print(r2, t2.done(), t2.result(), t2.cancelled())

    try:
        async with asyncio.timeout(1):
            for i in range(2):
                await asyncio.sleep(1)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    values = await asyncio.gather(*(branch(i) for i in range(4)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    shared = {"count": 0, "order": []}
    await asyncio.gather(increment(shared, 'bob', 0.5), increment(shared, 'z', 1))
    print(shared)


if __name__ == "__main__":
    asyncio.run(main())
