import asyncio


async def serve(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


async def main():
    print("main is", asyncio.current_task().get_name())
    t0 = asyncio.create_task(serve(0.75, 'west'))
    t1 = asyncio.create_task(serve(3, 'w2'), name='w2-task')
    print(t0.get_name(), t1.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
