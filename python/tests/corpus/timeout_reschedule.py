import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            print("deadline", cm.when())
            cm.reschedule(loop.time() + 3)
            print("new deadline", cm.when())
            await asyncio.sleep(2)
            print("still running at", loop.time())
            await asyncio.sleep(2)
    except TimeoutError:
        print("timed out at", loop.time())
    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired at", loop.time())

asyncio.run(main())
