# The CLI's arguments: what reaches sys.argv, --seed, --timestamps.
import asyncio
import random
import sys


async def worker(name, n):
    for i in range(n):
        await asyncio.sleep(random.random())
        print(f"{name} {i} {random.randint(0, 100)}")


async def main():
    print("argv:", sys.argv)
    await asyncio.gather(worker("a", 2), worker("b", 2))


random.seed(444)
asyncio.run(main())
