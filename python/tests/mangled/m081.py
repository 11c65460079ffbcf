import asyncio

class Bad:
    def __str__(self):
        raise ValueError('bad str')

async def show():
    print(Bad())

async def main():
    res = await asyncio.gather(show(), return_exceptions=True)
    print(repr(res[0]))

asyncio.run(main())
