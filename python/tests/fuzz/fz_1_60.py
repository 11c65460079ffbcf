import asyncio
import random
import time


async def lookup(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def main():
    random.seed(444)
    start = time.perf_counter()

    for label, delay in [('z', 1), ('blue', 2), ('dee', 1.5)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=0.5)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
