import asyncio
import time


async def count(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return [name] * n


async def main():
    start = time.perf_counter()

    results = await asyncio.gather(count('delta', 2, 1), count('w3', 2, 3), count('w1', 2, 3), count('east', 2, 1))
    print(results)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
