import asyncio

async def main():
    ev = asyncio.Event()
    print('waiting')
    await ev.wait()

asyncio.run(main())
