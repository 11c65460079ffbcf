import asyncio


async def job(name, delay=0.1, *tags, retries=1, **extra):
    await asyncio.sleep(delay)
    return f"{name} {delay} {tags} {retries} {extra}"


async def main():
    print(await job("a"))
    print(await job("b", 0.2, "x", "y", retries=3, owner="me"))
    c = job("c")
    print(type(c).__name__)
    print(await c)

asyncio.run(main())
