import asyncio


async def busy(name):
    for i in range(3):
        print(name, i)
    await asyncio.sleep(0)
    print(name, "after yield")


async def main():
    await asyncio.gather(busy("x"), busy("y"))

asyncio.run(main())
