import asyncio


async def task(name):
    for i in range(3):
        print(name, "step", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(task("T"))
    loop.call_soon(print, "callback 1")
    await asyncio.sleep(0)
    loop.call_soon(print, "callback 2")
    print("main after first yield")
    await asyncio.sleep(0)
    print("main after second yield")
    await t

asyncio.run(main())
