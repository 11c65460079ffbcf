import asyncio


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} broke")
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("quick", 0.1))
            tg.create_task(worker("faulty", 0.2, fail=True))
            tg.create_task(worker("slow", 1))
    except* ValueError as eg:
        print("caught", repr(eg.exceptions[0]), "at", asyncio.get_running_loop().time())

asyncio.run(main())
