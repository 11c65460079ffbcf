import asyncio


async def job(n, fail):
    await asyncio.sleep(0.5 * (n % 2))
    if fail:
        raise KeyError(n)
    print(f"job {n} ok")
    return n * n


async def count(name, delay, n):
    for i in range(n):
        print("%s -> %d" % (name, i))
        await asyncio.sleep(delay)
    return (name, n)


async def main():
    try:
        results = await asyncio.gather(*[job(i, i in (0,)) for i in range(4)])
        print(results)
    except Exception as e:
        print(f"gather failed: {e!r}")

    tasks = [asyncio.create_task(count(name, d, k)) for name, d, k in [('south', 1, 2), ('delta', 0.5, 1)]]
    for t in tasks:
        print(await t)


if __name__ == "__main__":
    asyncio.run(main())
