"""Generated asyncio exercise."""
import asyncio
import random


async def lookup(label, delay):
    await asyncio.sleep(delay)
    return f"{label} done"


async def walker(name, delay, n):
    for i in range(n):
        print(name, i, sep=": ")
        await asyncio.sleep(delay)
    return (name, n)


async def explode(n):
    await asyncio.sleep(n)
    raise ValueError(f"boom after {n}")


async def main():
    random.seed(4)

    for label, delay in [('fast', 0), ('slow', 0), ('blue', 0)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=2)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    try:
        async with asyncio.timeout(0.5):
            for i in range(4):
                await asyncio.sleep(1)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    specs = [('D', 1, 1), ('y', 0, 3), ('C', 0, 1), ('red', 1, 3)]
    results = await asyncio.gather(*(walker(*s) for s in specs))
    for s, r in zip(specs, results):
        print(s[0], "=>", r)

    t = asyncio.create_task(explode(1))
    await asyncio.sleep(1)
    print("done yet?", t.done())
    await t


if __name__ == "__main__":
    asyncio.run(main())
