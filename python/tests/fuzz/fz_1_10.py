import asyncio


class AppError(Exception):
    pass


async def load(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise ValueError(f"bad value: {n!r}")
    print(f"job {n} ok")
    return n * n


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def job(n, fail):
    await asyncio.sleep(n * 0.25)
    if fail:
        raise AppError(n)
    print(f"job {n} ok")
    return n * n


async def main():
    try:
        results = await asyncio.gather(*[load(i, i in (0, 1)) for i in range(2)])
        print(results)
    except (ValueError, LookupError) as e:
        print("gather failed:", type(e).__name__, e)

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(1, callback, 'later', box)
    loop.call_later(0.5, callback, 'other', box)
    loop.call_soon(callback, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(3)
    print(box)

    results = await asyncio.gather(*[job(i, i in (2,)) for i in range(5)])
    print("unreachable", results)


if __name__ == "__main__":
    asyncio.run(main())
