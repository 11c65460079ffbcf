import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon A")
    loop.call_later(0.001, print, "call_later(0.001)")
    loop.call_soon(print, "call_soon B")
    print("main before sleep(0)")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")
    await asyncio.sleep(0.01)
    print("main after sleep(0.01)")

asyncio.run(main())
