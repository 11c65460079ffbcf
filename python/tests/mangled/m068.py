import asyncio

async def forever():
    n = 0
    while True:
        await asyncio.sleep(1)
        n += 1

async def main():
    t = asyncio.create_task(forever())
    print('waiting')
    await t

asyncio.run(main())
