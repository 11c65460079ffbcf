# An await inside a nested comprehension makes the outer comprehensions asynchronous too.
import asyncio

async def main():
    print([[await asyncio.sleep(0, y) for y in range(x)] for x in range(3)])
    print({x: [await asyncio.sleep(0, y) for y in range(x)] for x in range(3)})
    print([(y for y in range(x)) for x in range(2)].__class__)
    g = ([await asyncio.sleep(0, y) for y in range(x)] for x in range(3))
    print([v async for v in g])

asyncio.run(main())
