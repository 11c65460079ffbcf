import asyncio


async def body():
    print("body never starts")


async def main():
    t = asyncio.create_task(body())
    t.cancel()
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    t2 = asyncio.create_task(body())
    await asyncio.sleep(0)
    print(t2.done(), t2.cancel(), t2.cancelled())

asyncio.run(main())
