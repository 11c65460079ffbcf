import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name * 2


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("a", 0.2))
        t2 = tg.create_task(fetch("b", 0.1), name="bee")
        print("tasks started", t2.get_name())
    print("group done", t1.result(), t2.result(), asyncio.get_running_loop().time())

asyncio.run(main())
