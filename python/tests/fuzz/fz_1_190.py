import asyncio
import time


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def lookup(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def main():
    start = time.perf_counter()

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(callback, 'soon', box)
    loop.call_later(1, callback, 'later', box)
    loop.call_later(2, callback, 'other', box)
    print("callbacks scheduled")
    await asyncio.sleep(0.5)
    print(box)

    for label, delay in [('north', 1)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=1)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
