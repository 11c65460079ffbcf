# 'return' with a value in an async generator is a SyntaxError (even where never reached).
import asyncio

async def numbers():
    yield 1
    if 0:
        return   3

async def main():
    async for n in numbers():
        print(n)

asyncio.run(main())
