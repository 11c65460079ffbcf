import asyncio

class Loop:
    def __repr__(self):
        return repr(self)

async def show(x):
    await asyncio.sleep(0)
    print(x)

async def main():
    await asyncio.gather(show(1), show(Loop()), return_exceptions=False)

asyncio.run(main())
