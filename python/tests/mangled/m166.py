import asyncio

async def stuck(ev):
    await ev.wait()

async def main():
    t = asyncio.create_task(stuck(asyncio.Event()))
    await t

asyncio.run(main())
