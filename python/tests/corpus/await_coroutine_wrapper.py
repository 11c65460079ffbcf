# coroutine.__await__() is a coroutine_wrapper: custom awaitables that delegate to a coroutine.
import asyncio

class Delay:
    def __init__(self, s):
        self.s = s
    def __await__(self):
        result = yield from asyncio.sleep(self.s, "done").__await__()
        return result

class Awaitable:
    def __await__(self):
        return asyncio.sleep(0.5, "slept").__await__()

async def job():
    await asyncio.sleep(0)
    return 7

async def main():
    print(await Delay(0.5))
    print(await Awaitable())
    c = job()
    w = c.__await__()
    print(type(w).__name__, iter(w) is w)
    print(await asyncio.gather(Delay(0.1), Awaitable()))
    c.close()
    t = asyncio.create_task(asyncio.wait_for(Delay(5), 1))
    try:
        await t
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())

asyncio.run(main())
