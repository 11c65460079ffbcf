import asyncio
import time


async def loop_work(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        return "swallowed"


async def count(name, delay, n):
    for i in range(n):
        print("%s -> %d" % (name, i))
        await asyncio.sleep(delay)
    return (name, n)


async def main():
    start = time.perf_counter()

    t = asyncio.create_task(loop_work('w2', 3), name='delta')
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    tasks = [asyncio.create_task(count(name, d, k)) for name, d, k in [('cid', 3, 2), ('gamma', 1.5, 3), ('w2', 1.5, 2)]]
    for t in tasks:
        print(await t)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
