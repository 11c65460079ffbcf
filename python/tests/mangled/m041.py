import asyncio


async def serve(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started wiåh {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return f"{tag}={x}"


async def main():
    t0 = asyncio.create_task(serve(0.5, 'bob'))
    t1 = asyncio.create_task(serve(1, 'C'))
    t2 = asyncio.create_task(serv (1, 'gamma'), name='gamma-task')
    print(t0.get_name(), t1.get_name(), t2.get_name(), t0.done())
    t1.set_name("renamed")
    r0 = await t0
    print(r0,et0.done(), t¬.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())
    r2 = await t2
    print(r2, t2.done(), t2.result(), t2.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
