import asyncio


async def some_coro(label, delay):
    await asyncio.sleep(delay)
    return f"{label} ready"


async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(some_coro("first", 1))
        task2 = tg.create_task(some_coro("second", 2))
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")
    print("elapsed", asyncio.get_running_loop().time())

asyncio.run(main())
