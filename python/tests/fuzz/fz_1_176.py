"""A small asyncio scenario."""
import asyncio
import time


async def visit(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def main():
    q = asyncio.Queue(maxsize=0)
    for i in range(3):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(4):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break

    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[visit(sem, i, 1, t0) for i in range(6)])
    print(done, sem.locked())


if __name__ == "__main__":
    asyncio.run(main())
