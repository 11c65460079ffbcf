"""Tasks, timers and queues."""
import asyncio


async def step(name, delay, n):
    for i in range(n):
        print("%s -> %d" % (name, i))
        await asyncio.sleep(delay)
    return n * delay


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def main():
    results = await asyncio.gather(step('slow', 0, 2), step('A', 0, 3))
    print(results)

    values = await asyncio.gather(*(branch(i) for i in range(3)))
    print(values, f"{sum(values):>5}|{max(values):<4}|")

    return 42


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
