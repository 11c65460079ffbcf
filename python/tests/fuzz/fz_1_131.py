import asyncio
import random


def on_timer(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def load(n, fail):
    await asyncio.sleep(n * 0.25)
    try:
        if fail:
            raise KeyError(f"bad value: {n!r}")
    except KeyError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


def summarize(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


async def main():
    random.seed(42)

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.5, on_timer, 'other', box)
    handle = loop.call_later(0.5, on_timer, 'never', box)
    handle.cancel()
    loop.call_soon(on_timer, 'soon', box)
    loop.call_later(0.25, on_timer, 'later', box)
    print("callbacks scheduled")
    await asyncio.sleep(0.5)
    print(box)

    try:
        results = await asyncio.gather(*[load(i, i in (1,)) for i in range(4)])
        print(results)
    except (KeyError, LookupError) as e:
        print(f"gather failed: {e!r}")

    stats = summarize([('A', 0.25), ('w1', 0.25)])
    print(stats)
    for k, v in stats.items():
        print(f"{k:^7}|{v:08.3f}")


if __name__ == "__main__":
    asyncio.run(main())
