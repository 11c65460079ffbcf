import asyncio


async def slow_op():
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print("slow_op cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    print(await asyncio.wait_for(asyncio.sleep(1, "quick"), timeout=2))
    try:
        await asyncio.wait_for(slow_op(), timeout=1.5)
    except asyncio.TimeoutError:
        print("timed out, now", asyncio.get_running_loop().time())
    print(await asyncio.wait_for(asyncio.sleep(0.5, "no limit"), None))

asyncio.run(main())
