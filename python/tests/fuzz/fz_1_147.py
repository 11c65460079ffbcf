import asyncio


async def monitor(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


async def count(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return n * delay


async def main():
    t = asyncio.create_task(monitor('alpha', 4))
    await asyncio.sleep(0.25)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    tasks = [asyncio.create_task(count(name, d, k)) for name, d, k in [('C', 0.5, 1), ('D', 0.25, 1), ('bob', 0, 1)]]
    for t in tasks:
        print(await t)


if __name__ == "__main__":
    asyncio.run(main())
