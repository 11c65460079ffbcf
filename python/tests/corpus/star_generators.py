# `*` unpacking of generators: in calls, displays and asyncio.gather.
import asyncio
import time


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def slow_squares(n):
    for i in range(n):
        time.sleep(0.5)          # blocks the loop: nobody else runs
        yield i * i


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time():.1f}")
    return name.upper()


async def ticker():
    for _ in range(3):
        print("tick")
        await asyncio.sleep(0.4)


async def main():
    print(*countdown(3), sep=", ")
    print([*countdown(2), *"ab"], (*countdown(1),))
    results = await asyncio.gather(*(worker(f"w{i}", i / 2) for i in range(4)))
    print(results)
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print(*slow_squares(3))
    await t
    it = countdown(4)
    next(it)
    print(*it, "|", *it)


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
