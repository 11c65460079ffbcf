import asyncio
import time


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


async def attempt(n, fail):
    await asyncio.sleep(0)
    if fail:
        raise ValueError(n)
    print(f"job {n} ok")
    return n * n


async def main():
    start = time.perf_counter()

    log = []
    await asyncio.gather(volley('ping', 1, log), volley('pong', 2, log))
    print(log)

    t = asyncio.create_task(background('delta', 5))
    await asyncio.sleep(1)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    results = await asyncio.gather(*[attempt(i, i in (1,)) for i in range(3)])
    print("unreachable", results)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
