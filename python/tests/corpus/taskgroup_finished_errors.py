import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    tg = asyncio.TaskGroup()
    async with tg:
        t = tg.create_task(job(0.1))
    print("result", t.result())
    coro = job(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.TaskGroup() as tg2:
        pass
    print("empty group ok", asyncio.get_running_loop().time())

asyncio.run(main())
