"""Tasks, timers and queues."""
import asyncio
import time


async def blocking_io(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await asyncio.sleep(0)
    print(f"{name} resumes")


async def main():
    t1 = time.perf_counter()
    await asyncio.gather(blocking_io('alpha', 2), blocking_io('z', 2))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")


if __name__ == "__main__":
    asyncio.run(main())
