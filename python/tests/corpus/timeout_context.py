import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(2):
        await asyncio.sleep(1)
        print("within budget", loop.time())
    try:
        async with asyncio.timeout(1) as cm:
            print("expired?", cm.expired())
            await asyncio.sleep(5)
            print("never printed")
    except TimeoutError:
        print("timeout hit at", loop.time(), "expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.5)
        print("no deadline", cm.when())

asyncio.run(main())
