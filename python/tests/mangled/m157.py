import asyncio

async def hog():
    x = [1]
    while True:
        x = x + x
        await asyncio.sleep(0)

async def main():
    await asyncio.wait_for(hog(), timeout=5)

asyncio.run(main())
