# args: --timestamps
import asyncio
import time


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)


async def limited(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


async def main():
    log = []
    await asyncio.gather(volley('tic', 3, log), volley('tac', 3, log), volley('toe', 1, log))
    print(log)

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[limited(sem, i, 0.5 + i % 2, t0) for i in range(6)])
    print(done, sem.locked())


if __name__ == "__main__":
    asyncio.run(main())
