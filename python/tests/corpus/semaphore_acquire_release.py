import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    print(await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    print("released twice, locked?", sem.locked())
    await sem.acquire()
    await sem.acquire()
    print("acquired twice, locked?", sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
