import asyncio
import time


async def bee(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise
    finally:
        print(f"{name} finally")


async def main():
    start = time.perf_counter()

    out = []
    tasks = [asyncio.create_task(bee(i, 0, out)) for i in range(7)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    t = asyncio.create_task(background('fast', 2))
    await asyncio.sleep(0.5)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
