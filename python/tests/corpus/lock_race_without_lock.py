import asyncio

counter = 0


async def increment():
    global counter
    current = counter
    await asyncio.sleep(0)
    counter = current + 1


async def safe_increment(lock):
    global counter
    async with lock:
        current = counter
        await asyncio.sleep(0)
        counter = current + 1


async def main():
    global counter
    await asyncio.gather(*(increment() for _ in range(5)))
    print("without lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_increment(lock) for _ in range(5)))
    print("with lock:", counter)

asyncio.run(main())
