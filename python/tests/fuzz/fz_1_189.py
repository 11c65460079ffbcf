import asyncio
import random
import time


async def runner(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return name * n


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def main():
    random.seed(2024)
    start = time.perf_counter()

    tasks = [asyncio.create_task(runner(name, d, k)) for name, d, k in [('cid', 1, 3), ('w3', 0, 2), ('x', 2, 1), ('ann', 0.5, 2)]]
    for t in tasks:
        print(await t)

    values = [await branch(i) for i in range(4)]
    print(values)

    try:
        async with asyncio.timeout(2):
            for i in range(2):
                await asyncio.sleep(0.25)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
