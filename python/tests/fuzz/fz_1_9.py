import asyncio
import random


async def cell(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)
    await asyncio.sleep(0)
    out.append(-i)


async def validate(n, fail):
    await asyncio.sleep(0)
    try:
        if fail:
            raise KeyError(f"bad value: {n!r}")
    except KeyError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def main():
    random.seed(42)

    out = []
    tasks = [asyncio.create_task(cell(i, 1, out)) for i in range(7)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    try:
        results = await asyncio.gather(*[validate(i, i in (1,)) for i in range(4)])
        print(results)
    except KeyError as e:
        print("gather failed:", type(e).__name__, e)
    await asyncio.sleep(0)
    print("after the failure")


if __name__ == "__main__":
    asyncio.run(main())
