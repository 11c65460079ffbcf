import asyncio


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("ignoring cancellation")
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    t.cancel()
    result = await t
    print(result, t.cancelled(), asyncio.get_running_loop().time())

asyncio.run(main())
