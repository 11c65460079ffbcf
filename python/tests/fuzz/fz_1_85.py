import asyncio


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def job(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise RuntimeError(f"bad value: {n!r}")
    print(f"job {n} ok")
    return n * n


async def slow(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def main():
    loop = asyncio.get_running_loop()
    box = []
    handle = loop.call_later(0.5, callback, 'never', box)
    handle.cancel()
    loop.call_later(2, callback, 'other', box)
    loop.call_later(1, callback, 'later', box)
    loop.call_soon(callback, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    try:
        results = await asyncio.gather(*[job(i, i in (3,)) for i in range(5)])
        print(results)
    except (RuntimeError, LookupError) as e:
        print(f"gather failed: {e!r}")

    for label, delay in [('w2', 1.5), ('gamma', 2)]:
        try:
            result = await asyncio.wait_for(slow(label, delay), timeout=0.5)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")


if __name__ == "__main__":
    asyncio.run(main())
