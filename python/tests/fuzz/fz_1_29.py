import asyncio


async def query(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def bee(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)


async def attempt(n, fail):
    await asyncio.sleep(0.5 * (n % 2))
    if fail:
        raise ValueError(n)
    print(f"job {n} ok")
    return n * n


async def main():
    for label, delay in [('y', 2)]:
        try:
            result = await asyncio.wait_for(query(label, delay), timeout=2)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    out = []
    tasks = [asyncio.create_task(bee(i, i % 3, out)) for i in range(5)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    results = await asyncio.gather(*[attempt(i, i in (1, 3)) for i in range(4)], return_exceptions=True)
    print(results)

    return 42


if __name__ == "__main__":
    asyncio.run(main())
