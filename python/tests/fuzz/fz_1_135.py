import asyncio
import time


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.5, notify, 'later', box)
    handle = loop.call_later(0.5, notify, 'never', box)
    handle.cancel()
    loop.call_later(2, notify, 'other', box)
    loop.call_soon(notify, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
