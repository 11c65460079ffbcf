import asyncio


async def work():
    await asyncio.sleep(0.5)
    return 42


async def main():
    task = asyncio.create_task(work())
    await task
    print(task.reslt())


asyncio.run(main())
