# A task's repr shows its coroutine's current line, while it runs and while it waits.
import asyncio


async def child():
    await asyncio.sleep(1)


async def main():
    t = asyncio.current_task()
    print(repr(t).split(" cb=")[0])
    c = asyncio.create_task(child(), name="child")
    await asyncio.sleep(0)
    print(c)
    await c
    print(c)


asyncio.run(main())
