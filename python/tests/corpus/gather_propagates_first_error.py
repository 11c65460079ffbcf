import asyncio


async def worker(name, delay, fail):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(name, "finished")
        return name
    finally:
        print(name, "cleanup")


async def main():
    tasks = [asyncio.create_task(worker(n, d, f)) for n, d, f in [("a", 0.1, False), ("b", 0.2, True), ("c", 0.3, False)]]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as e:
        print("gather raised:", e)
    print([t.done() for t in tasks])
    print(await tasks[2])

asyncio.run(main())
