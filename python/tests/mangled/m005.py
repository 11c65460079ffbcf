import asyncio
import time


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        return "swallowed"


async def main():
    start = time.perf_counter()

    t = asyncio.create_task(background('fast', 2))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    elapsed = time.perf_counter() 