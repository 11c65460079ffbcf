import asyncio
import random
import time


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def leaf2(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch2(x):
    a = asyncio.create_task(leaf2(x))
    b = await leaf2(x * 2)
    return await a + b


async def legacy_call(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await asyncio.sleep(0)
    print(f"{name} resumes")


async def main():
    random.seed(444)

    values = await asyncio.gather(*(branch(i) for i in range(2)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    values = await asyncio.gather(*(branch2(i) for i in range(2)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    t1 = time.perf_counter()
    await asyncio.gather(legacy_call('w1', 0.5), legacy_call('beta', 0.5))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")


if __name__ == "__main__":
    asyncio.run(main())
