# args: --timestamps
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    print("sequential")
    await say_after(1, "hello")
    await say_after(2, "world")
    print("concurrent")
    t1 = asyncio.create_task(say_after(1, "hello"))
    t2 = asyncio.create_task(say_after(2, "world"))
    await t1
    await t2
    print("finished")

asyncio.run(main())
