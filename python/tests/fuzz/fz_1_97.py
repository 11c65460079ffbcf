"""A small asyncio scenario."""
import asyncio
import random


async def runner(name, delay, n):
    for i in range(n):
        print(name, i, sep=": ")
        await asyncio.sleep(delay)
    return name * n


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    random.seed(444)

    tasks = [asyncio.create_task(runner(name, d, k)) for name, d, k in [('w1', 0.75, 2), ('green', 0.75, 2), ('cid', 0.75, 3)]]
    for t in tasks:
        print(await t)

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0, callback, 'other', box)
    loop.call_later(1, callback, 'later', box)
    loop.call_soon(callback, 'soon', box)
    print("callbacks scheduled")
    await asyncio.sleep(1)
    print(box)


if __name__ == "__main__":
    asyncio.run(main())
