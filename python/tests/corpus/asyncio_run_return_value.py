import asyncio


async def answer():
    await asyncio.sleep(1)
    return 42


result = asyncio.run(answer())
print("result", result)
print(asyncio.run(answer()) + 1)


async def no_await():
    return "no suspension"

print(asyncio.run(no_await()))
