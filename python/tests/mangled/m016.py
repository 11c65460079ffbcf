import asyncio
import time


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.ning_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(callback, 'soon', box)
    loop.call_later(1, callback, 'later', box)
    loop.call_later(0, callback, 'other', box)
    handle = loop.call_later(0.5, callback, 'never', box)
    handle.cancel()
    print("callbacks scheduled")
    await asyncio.sleep(1)
    print(box)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
    return 0


if __name__ == "__main__":
    prrn 0


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
