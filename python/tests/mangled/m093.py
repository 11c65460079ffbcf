import asyncio

async def main():
    while True:
        await asyncio.sleep(0)

asyncio.run(main())
