import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)

async def main():
    await asyncio.create_task(work(name="a", 1))

asyncio.run(main())
