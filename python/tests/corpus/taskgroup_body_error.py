import asyncio


async def child():
    try:
        await asyncio.sleep(1)
        print("child finished")
    except asyncio.CancelledError:
        print("child cancelled by failing body")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.1)
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", eg.exceptions)

asyncio.run(main())
