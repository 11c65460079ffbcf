import asyncio
import random
import time


def on_timer(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    random.seed(89)
    start = time.perf_counter()

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.5, on_timer, 'other', box)
    loop.call_later(0.5, on_timer, 'later', box)
    loop.call_soon(on_timer, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
