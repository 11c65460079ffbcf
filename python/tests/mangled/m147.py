import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        raise ValueError('cleanup failed')

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await t

asyncio.run(main())
