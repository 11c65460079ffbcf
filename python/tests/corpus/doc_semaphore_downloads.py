# args: --timestamps
import asyncio


async def fetch(sem, url):
    async with sem:
        print("fetching", url)
        await asyncio.sleep(len(url) / 10)
        print("fetched", url)
        return len(url)


async def main():
    sem = asyncio.Semaphore(2)
    urls = ["a.org", "bb.org", "ccc.org", "dddd.org"]
    sizes = await asyncio.gather(*(fetch(sem, u) for u in urls))
    print(sizes)

asyncio.run(main())
