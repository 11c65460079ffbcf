# Threads from asyncio: outside the playground (the oracle's virtual selector cannot
# wait for a thread either: under it a run deadlocks or not, by timing).
import asyncio
import sys


def blocking(n):
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, blocking, 5)
    except NotImplementedError as e:
        print(e, file=sys.stderr)
    print(await asyncio.to_thread(blocking, 21))


asyncio.run(main())
