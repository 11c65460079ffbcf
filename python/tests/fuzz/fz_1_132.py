import asyncio
import time


def describe(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def main():
    start = time.perf_counter()

    stats = describe([('x', 1), ('west', 7)])
    print(stats)
    for k, v in stats.items():
        print(k, type(v).__name__, v)

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'w3'), trigger(ev, 0.5))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no second signal")

    q = asyncio.Queue(maxsize=3)
    for i in range(3):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(4):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
    return 0


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
