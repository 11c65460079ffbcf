import asyncio
import time


class AppError(Exception):
    def __init__(self, message, code=7):
        super().__init__(message)
        self.code = code


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def slow(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def job(n, fail):
    await asyncio.sleep(0)
    if fail:
        raise AppError(n)
    print(f"job {n} ok")
    return n * n


async def main():
    start = time.perf_counter()

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(callback, 'soon', box)
    handle = loop.call_later(0.5, callback, 'never', box)
    handle.cancel()
    loop.call_later(0.25, callback, 'later', box)
    loop.call_later(0, callback, 'other', box)
    print("callbacks scheduled")
    await asyncio.sleep(3)
    print(box)

    for label, delay in [('delta', 3)]:
        try:
            result = await asyncio.wait_for(slow(label, delay), timeout=2)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")

    results = await asyncio.gather(*[job(i, i in (1,)) for i in range(5)], return_exceptions=True)
    print(results)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
    return 42


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
