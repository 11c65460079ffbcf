"""Tasks, timers and queues."""
import asyncio
import time


class AppError(Exception):
    pass


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def explode(n):
    await asyncio.sleep(n)
    raise AppError(f"boom after {n}")


async def main():
    start = time.perf_counter()

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 0, t0) for i in range(4)])
    print(done, sem.locked())

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0, notify, 'other', box)
    loop.call_soon(notify, 'soon', box)
    handle = loop.call_later(0.5, notify, 'never', box)
    handle.cancel()
    loop.call_later(0.5, notify, 'later', box)
    print("callbacks scheduled")
    await asyncio.sleep(0)
    print(box)

    values = [await branch(i) for i in range(3)]
    print(values)

    t = asyncio.create_task(explode(0))
    await asyncio.sleep(1)
    print("done yet?", t.done())
    await t

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
