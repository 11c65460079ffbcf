import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for _ in range(10):
        await asyncio.sleep(0.1)
        print(repr(loop.time()))
    handle = loop.call_later(0.3, print, "timer fired")
    print(repr(handle.when()), handle.cancelled())
    await asyncio.sleep(0.7)
    print(repr(loop.time()))

asyncio.run(main())
