import asyncio
import sys


async def main():
    await asyncio.sleep(1)
    print("giving up inside a coroutine")
    sys.exit(4)

asyncio.run(main())
