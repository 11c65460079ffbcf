# A coroutine both wrapped in a task and awaited directly: the future it waits on is yielded to each task that resumes it (C asyncio's FutureIter), and the second resumer finds it already awaited.
import asyncio

async def job():
    print("job start")
    await asyncio.sleep(0.1)
    print("job end")
    return 1

async def main():
    c = job()
    t = asyncio.create_task(c)
    try:
        print("direct:", await c)
    except RuntimeError as e:
        print("direct RE:", e)
    try:
        print("task:", await t)
    except RuntimeError as e:
        print("task RE:", e)

asyncio.run(main())
