import asyncio


async def download():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("download cancelled with args", e.args)
        raise


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(1)
    print("cancel() returned", task.cancel("user pressed stop"))
    print("done yet?", task.done())
    try:
        await task
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print(task.cancelled(), task.done(), task.cancel())

asyncio.run(main())
