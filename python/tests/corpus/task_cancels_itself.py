import asyncio


async def self_destruct():
    me = asyncio.current_task()
    print("about to cancel myself")
    me.cancel()
    print("still running until the next await")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("CancelledError at the await")
        raise
    print("unreachable")


async def main():
    t = asyncio.create_task(self_destruct())
    await asyncio.wait([t])
    print("cancelled:", t.cancelled(), "time", asyncio.get_running_loop().time())

asyncio.run(main())
