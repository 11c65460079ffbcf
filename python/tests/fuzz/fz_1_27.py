import asyncio
import time


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def main():
    start = time.perf_counter()

    values = [await branch(i) for i in range(4)]
    print(values)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
