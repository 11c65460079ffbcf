import asyncio
import time


async def update(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    start = time.perf_counter()

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(update(lock, shared, 'dee', 1.5), update(lock, shared, 'fast', 0))
    print(shared)

    try:
        async with asyncio.timeout(1.5):
            for i in range(2):
                await asyncio.sleep(0.5)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(notify, 'soon', box)
    loop.call_later(2, notify, 'other', box)
    loop.call_later(1, notify, 'later', box)
    print("callbacks scheduled")
    await asyncio.sleep(1)
    print(box)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
