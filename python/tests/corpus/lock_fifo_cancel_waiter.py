import asyncio


async def use(name, lock):
    try:
        async with lock:
            print(name, "acquired at", asyncio.get_running_loop().time())
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    tasks = {n: asyncio.create_task(use(n, lock)) for n in ["a", "b", "c", "d"]}
    await asyncio.sleep(0.5)
    tasks["c"].cancel()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    print([type(r).__name__ for r in results], lock.locked())

asyncio.run(main())
