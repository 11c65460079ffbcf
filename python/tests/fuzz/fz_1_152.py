import asyncio
import time


async def cell(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)
    await asyncio.sleep(0)
    out.append(-i)


async def fetch(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return f"{tag}={x}"


async def risky(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise ValueError(f"bad value: {n!r}")
    print(f"job {n} ok")
    return n * n


async def main():
    start = time.perf_counter()

    out = []
    tasks = [asyncio.create_task(cell(i, (7 - i) * 0.25, out)) for i in range(7)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    print("main is", asyncio.current_task().get_name())
    t0 = asyncio.create_task(fetch(0.5, 'C'))
    t1 = asyncio.create_task(fetch(1, 'east'))
    print(t0.get_name(), t1.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())

    try:
        results = await asyncio.gather(*[risky(i, i in (0, 1)) for i in range(4)])
        print(results)
    except (ValueError, LookupError) as e:
        print("gather failed:", type(e).__name__, e)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
