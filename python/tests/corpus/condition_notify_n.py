import asyncio


async def waiter(name, cond):
    async with cond:
        await cond.wait()
        print(name, "notified at", asyncio.get_running_loop().time())


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(4)]
    await asyncio.sleep(1)
    async with cond:
        cond.notify(2)
        print("notified 2, locked =", cond.locked())
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
