# A coroutine object made and held, then awaited; another made into a task: the frames panel shows each as it is.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    c = work(1)
    d = work(2)
    t = asyncio.create_task(d)
    print(await c, await t)


asyncio.run(main())
