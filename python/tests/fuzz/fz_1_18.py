# args: --timestamps
import asyncio


async def cell(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)


async def unit(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)
    await asyncio.sleep(0)
    out.append(-i)


async def runner(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return n * delay


async def lookup(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def query(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def main():
    out = []
    tasks = [asyncio.create_task(cell(i, i % 3, out)) for i in range(15)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    out = []
    tasks = [asyncio.create_task(unit(i, 0, out)) for i in range(6)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    results = await asyncio.gather(runner('slow', 3, 3), runner('west', 0.25, 2))
    print(results)

    for label, delay in [('gamma', 1.5), ('A', 0.5), ('alpha', 0)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=2)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")

    result = await asyncio.wait_for(query('late', 3), timeout=2)
    print(result)


if __name__ == "__main__":
    asyncio.run(main())
