import asyncio

async def hog():
    await asyncio.sleep(0)
    return bytearray(10**11)

async def main():
    print(len(await hog()))

asyncio.run(main())
