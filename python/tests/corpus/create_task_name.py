import asyncio


async def work(n):
    await asyncio.sleep(n)
    return asyncio.current_task().get_name()


async def main():
    t1 = asyncio.create_task(work(1), name="first")
    t2 = asyncio.create_task(work(2))
    print(t1.get_name(), t2.get_name(), asyncio.current_task().get_name())
    t2.set_name("renamed")
    print(await t1, await t2)

asyncio.run(main())
