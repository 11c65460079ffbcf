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

    try:
        async with asyncio.timeout(2) as cm:
            await asyncio.sleep(4)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    q = asyncio.Queue(maxsize=1)
    for i in range(4):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(5):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[limited(sem, i, 0, t0) for i in range(2)])
    print(done, sem.locked())

    values = [3, 2, 1, 0]
    ratios = [10 // v for v in values]
    print(ratios)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
