"""Tasks, timers and queues."""
import asyncio


async def slow(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def validate(n, fail):
    await asyncio.sleep(0.5 * (n % 2))
    if fail:
        raise ValueError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


def on_timer(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    for label, delay in [('w1', 0.5), ('beta', 1.5)]:
        try:
            result = await asyncio.wait_for(slow(label, delay), timeout=0.5)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    results = await asyncio.gather(*[validate(i, i in (0, 2)) for i in range(4)], return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(on_timer, 'soon', box)
    loop.call_later(0, on_timer, 'other', box)
    loop.call_later(0.5, on_timer, 'later', box)
    print("callbacks scheduled")
    await asyncio.sleep(3)
    print(box)

    return "ok"


if __name__ == "__main__":
    asyncio.run(main())
