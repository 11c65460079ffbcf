import asyncio
import sys


async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")


async def main():
    print("start", sys.argv[1:])
    await asyncio.gather(fail(1), fail(2))


asyncio.run(main())
