import asyncio


async def ticks():
    yield 1


def main():
    async for t in ticks():
        print(t)


main()
