import asyncio
import time


async def ping(label, count, Log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def monitor(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


async def main():
    start = time.perf_counter()

    log = []
    first = asyncio.create_task(ping('tic', 1, log))
    await ping('tac', 3, log)
    await ping('toe', 3, log)
    print("first done?", first.done())
    await first
    print(len(log), log[-3:])

    t = asyncio.create_task(monitor('alpha', 3))
    await asyncio.sleep(1.5)
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
