import asyncio
import random


async def risky(n, fail):
    await asyncio.sleep(random.randint(0, 2))
    if fail:
        raise KeyError(f"bad value: {n!r}")
    print(f"job {n} ok")
    return n * n


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def main():
    random.seed(444)

    try:
        results = await asyncio.gather(*[risky(i, i in (0,)) for i in range(2)])
        print(results)
    except (KeyError, LookupError) as e:
        print("gather failed:", type(e).__name__, e)

    log = []
    first = asyncio.create_task(volley('a', 1, log))
    await volley('b', 3, log)
    await volley('c', 3, log)
    await volley('d', 3, log)
    print("first done?", first.done())
    await first
    print(" ".join(log))

    values = await asyncio.gather(*(branch(i) for i in range(4)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    return 0


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
