import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name, seconds


async def main():
    jobs = [download("big.iso", 3), download("small.txt", 0.5), download("photo.jpg", 1.5)]
    for coro in asyncio.as_completed(jobs):
        name, seconds = await coro
        print(f"{name} finished after {seconds}s")

asyncio.run(main())
