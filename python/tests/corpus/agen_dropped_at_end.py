# Async generators dropped in main's last step: their aclose() runs while asyncio.run winds down (their finally blocks print).
import asyncio
async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
async def main():
    g = numbers()
    print(await anext(g))
    print("main end")
asyncio.run(main())
print("after run")

async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
async def square(src):
    async for x in src:
        yield x
async def main2():
    sq = square(numbers())
    print(await sq.asend(None))
    await sq.aclose()
    print("main end")
asyncio.run(main2())
print("after run")
