"""Generated asyncio exercise."""
import asyncio
import time


async def limited(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def main():
    start = time.perf_counter()

    sem = asyncio.Semaphore(1)
    t0 = time.perf_counter()
    done = await asynci