import asyncio


def say(msg, loop):
    print(f"{loop.time():.2f}", msg)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, say, "later 0.5", loop)
    loop.call_later(0.2, say, "later 0.2", loop)
    loop.call_soon(say, "soon 1", loop)
    loop.call_soon(say, "soon 2", loop)
    h = loop.call_later(0.3, say, "never", loop)
    h.cancel()
    loop.call_at(loop.time() + 0.4, say, "at 0.4", loop)
    print("scheduled")
    await asyncio.sleep(1)
    print("main done", loop.time())

asyncio.run(main())
