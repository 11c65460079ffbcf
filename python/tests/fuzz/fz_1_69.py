import asyncio
import random
import time


async def monitor(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise
    finally:
        print(f"{name} finally")


async def main():
    random.seed(1)
    start = time.perf_counter()

    t = asyncio.create_task(monitor('dee', 2))
    await asyncio.sleep(0.25)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
