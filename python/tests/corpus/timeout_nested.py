import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(3):
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(5)
        except TimeoutError:
            print("inner timed out at", loop.time())
        await asyncio.sleep(1)
        print("outer still alive at", loop.time())
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("inner sees CancelledError at", loop.time())
                raise
            finally:
                print("inner expired?", inner.expired())
    except TimeoutError:
        print("outer timed out at", loop.time(), "expired?", outer.expired())

asyncio.run(main())
