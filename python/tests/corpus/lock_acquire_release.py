import asyncio


async def main():
    lock = asyncio.Lock()
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def holder():
        async with lock:
            await asyncio.sleep(1)
            print("holder releases at", asyncio.get_running_loop().time())

    t = asyncio.create_task(holder())
    await asyncio.sleep(0)
    await lock.acquire()
    print("main acquired at", asyncio.get_running_loop().time())
    lock.release()
    await t

asyncio.run(main())
