import asyncio


async def work(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")
    return name.upper()


async def main():
    results = await asyncio.gather(work("slow", 0.3), work("fast", 0.1), work("mid", 0.2))
    print(results)
    print(await asyncio.gather())

asyncio.run(main())
