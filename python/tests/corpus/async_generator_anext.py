import asyncio


async def letters():
    for ch in "abc":
        await asyncio.sleep(0.1)
        yield ch
    print("generator done")


async def nothing():
    return
    yield


async def main():
    gen = letters()
    print(await gen.__anext__())
    print(await anext(gen))
    print(await gen.__anext__())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(nothing(), "default"))

asyncio.run(main())
