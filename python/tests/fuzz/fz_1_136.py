"""Tasks, timers and queues."""
import asyncio
import time


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise


async def main():
    start = time.perf_counter()

    t = asyncio.create_task(background('w1', 5))
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
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
    print("main returned", repr(asyncio.run(main())))
