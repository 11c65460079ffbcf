import asyncio


async def user(name, lock, hold):
    try:
        async with lock:
            print(name, "acquired at", asyncio.get_running_loop().time())
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting, locked =", lock.locked())
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user("a", lock, 2))
    b = asyncio.create_task(user("b", lock, 1))
    c = asyncio.create_task(user("c", lock, 1))
    await asyncio.sleep(1)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("b cancelled:", b.cancelled(), "time", asyncio.get_running_loop().time())

asyncio.run(main())
