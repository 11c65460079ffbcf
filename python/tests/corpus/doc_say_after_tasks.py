import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    first = asyncio.create_task(say_after(1, "hello"))
    second = asyncio.create_task(say_after(2, "world"))
    started = time.perf_counter()
    print(f"started at {started:.1f}")
    await first
    await second
    print(f"finished after {time.perf_counter() - started:.1f} seconds")

asyncio.run(main())
