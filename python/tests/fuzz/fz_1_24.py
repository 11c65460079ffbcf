import asyncio
import random


class AppError(Exception):
    pass


async def risky(n, fail):
    await asyncio.sleep(1)
    try:
        if fail:
            raise AppError(f"bad value: {n!r}")
    except AppError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def fetch(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


def summarize(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


async def main():
    random.seed(1)

    try:
        results = await asyncio.gather(*[risky(i, i in (0, 1)) for i in range(3)])
        print(results)
    except AppError as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(1)
    print("after the failure")

    t0 = asyncio.create_task(fetch(1, 'south'), name='south-task')
    t1 = asyncio.create_task(fetch(1, 'north'))
    print(t0.get_name(), t1.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())

    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(3)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    stats = summarize([('west', 2), ('red', 4), ('beta', 0.25)])
    print(stats)
    for k, v in stats.items():
        print(f"{k:<6}={v!r:>8}")


if __name__ == "__main__":
    asyncio.run(main())
