import asyncio
import time


class AppError(Exception):
    def __init__(self, message, code=7):
        super().__init__(message)
        self.code = code


async def validate(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    if fail:
        raise AppError(n)
    print(f"job {n} ok")
    return n * n


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    try:
        results = await asyncio.gather(*[validate(i, i in (0, 2)) for i in range(4)])
        print(results)
    except Exception as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0)
    print("after the failure")

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(2, notify, 'other', box)
    loop.call_later(0.25, notify, 'later', box)
    handle = loop.call_later(0.5, notify, 'never', box)
    handle.cancel()
    loop.call_soon(notify, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(1)
    print(box)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
