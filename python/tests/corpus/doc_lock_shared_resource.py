import asyncio

shared = []


async def writer(lock, name, n):
    for i in range(n):
        async with lock:
            shared.append(f"{name}{i}-start")
            await asyncio.sleep(0.1)
            shared.append(f"{name}{i}-end")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(writer(lock, "a", 2), writer(lock, "b", 2))
    for entry in shared:
        print(entry)

asyncio.run(main())
