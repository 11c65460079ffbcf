import asyncio
import random
import time


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def loop_work(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise
    finally:
        print(f"{name} finally")


async def main():
    random.seed(2024)
    start = time.perf_counter()

    values = [await branch(i) for i in range(3)]
    print(values)

    log = []
    await asyncio.gather(volley('ping', 1, log), volley('pong', 1, log))
    print(len(log), log[-3:])

    t = asyncio.create_task(loop_work('slow', 4), name='fast')
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
    return 42


if __name__ == "__main__":
    asyncio.run(main())
