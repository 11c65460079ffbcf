import asyncio


class Ticker:
    def __init__(self, n, delay):
        self.i, self.n, self.delay = 0, n, delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


async def main():
    async for tick in Ticker(3, 0.5):
        print("tick", tick, asyncio.get_running_loop().time())
    else:
        print("ticker exhausted")

asyncio.run(main())
