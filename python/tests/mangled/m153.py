import asyncio

class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        raise RuntimeError('exit failed')

async def main():
    async with CM():
        print('inside')

asyncio.run(main())
