import asyncio


def parse(text):
    return int(text)


async def inner(text):
    await asyncio.sleep(0.1)
    return parse(text)


async def outer(items):
    total = 0
    for text in items:
        total += await asyncio.create_task(inner(text))
        print("running total", total)
    return total


async def main():
    task = asyncio.create_task(outer(["1", "2", "three"]))
    print(await task)

asyncio.run(main())
