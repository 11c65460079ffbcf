import asyncio

async def busy():
    while True:
        pass

async def main():
    await asyncio.wait_for(busy(), timeout=1)

asyncio.run(main())
