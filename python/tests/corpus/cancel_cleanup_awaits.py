# args: --timestamps
import asyncio


async def worker():
    try:
        print("working")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled, cleaning up")
        await asyncio.sleep(0.5)
        print("cleanup done")
        raise
    finally:
        print("finally block")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: worker is cancelled")

asyncio.run(main())
