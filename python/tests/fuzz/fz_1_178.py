"""Tasks, timers and queues."""
import asyncio
import random


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        return "swallowed"


async def count(name, delay, n):
    for i in range(n):
        print("%s -> %d" % (name, i))
        await asyncio.sleep(delay)
    return (name, n)


async def main():
    random.seed(1)

    t = asyncio.create_task(background('delta', 4), name='green')
    await asyncio.sleep(0)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    results = await asyncio.gather(count('w1', 0, 2), count('green', 0.25, 2), count('gamma', 3, 3))
    print(results)

    q = asyncio.Queue(maxsize=3)
    for i in range(4):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(5):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break


if __name__ == "__main__":
    asyncio.run(main())
