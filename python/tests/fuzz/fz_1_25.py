import asyncio
import time


async def cell(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)


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

    out = []
    tasks = [asyncio.create_task(cell(i, 1, out)) for i in range(8)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    values = [await branch(i) for i in range(2)]
    print(values)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
