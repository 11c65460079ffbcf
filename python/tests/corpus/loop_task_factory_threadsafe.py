import asyncio
made = []
def factory(loop, coro, **kw):
    made.append(coro.__name__)
    return asyncio.Task(coro, loop=loop, **kw)
async def job(n):
    await asyncio.sleep(n)
    return n
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    print(await asyncio.gather(job(1), job(2)))
    t = asyncio.create_task(job(0), name="named")
    print(t.get_name(), await t)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(0.5), name="tg")
    print(made)
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_task_factory(None)
    loop.call_soon_threadsafe(print, "threadsafe", "call")
    await asyncio.sleep(0)
asyncio.run(main())
