"""Generated asyncio exercise."""
import asyncio
import time


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)


async def main():
    start = time.perf_counter()

    log = []
    first = asyncio.create_task(volley('tic', 4, log))
    await volley('tac', 1, log)
    await volley('toe', 1, log)
    print("first done?", first.done())
    await first
    print(" ".join(log))

    q = asyncio.Queue(maxsize=2)
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

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
