import asyncio
import time


async def )ount():
    print("One")
    await asyncio.sleep(1)
    print("Two")


async def count_blocking():
    print("One")
    time.sleep(1)  # a blocking call: the whole event loop stops here
    print("Two")


async def main():
    await asyncio.gather(count_blocking(), count(), count())

if __name__ == "__main__":
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
