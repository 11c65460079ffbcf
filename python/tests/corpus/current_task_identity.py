import asyncio


async def who():
    task = asyncio.current_task()
    await asyncio.sleep(0)
    return task.get_name(), task is asyncio.current_task()


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.done())
    t = asyncio.create_task(who(), name="helper")
    print(await t, t is not me)
    print(await who())
    print(asyncio.current_task() is me)


print(asyncio.run(main()))
