# args: --timestamps
import asyncio


async def download(name, chunks, delay):
    for i in range(1, chunks + 1):
        await asyncio.sleep(delay)
        print(f"{name}: {i * 100 // chunks}%")
    return name


async def main():
    done = await asyncio.gather(download("movie", 4, 0.5), download("song", 2, 0.75))
    print("finished", done)

asyncio.run(main())
