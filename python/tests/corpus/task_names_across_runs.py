import asyncio


async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task().get_name()
    names = await asyncio.gather(child(), child())
    t = asyncio.create_task(child())
    return me, names, await t


print(asyncio.run(main()))
print(asyncio.run(main()))
