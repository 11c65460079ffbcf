import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    return x * 10


async def main():
    coro = compute(4)
    print(type(coro).__name__, asyncio.iscoroutine(coro))
    print(asyncio.iscoroutinefunction(compute), asyncio.iscoroutinefunction(print))
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    task = asyncio.create_task(compute(5))
    print(type(task).__name__, isinstance(task, asyncio.Future))
    print(await task, await task)

asyncio.run(main())
