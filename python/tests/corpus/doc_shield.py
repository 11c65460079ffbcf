import asyncio


async def write_to_disk():
    await asyncio.sleep(2)
    print("data safely written")
    return "written"


async def handler():
    return await asyncio.shield(write_to_disk())


async def main():
    task = asyncio.create_task(handler())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("handler was cancelled, but the write continues")
    await asyncio.sleep(1.5)
    print("end at", asyncio.get_running_loop().time())

asyncio.run(main())
