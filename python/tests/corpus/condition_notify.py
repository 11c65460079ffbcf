import asyncio


async def consumer(name, cond, items):
    async with cond:
        while not items:
            print(name, "waits")
            await cond.wait()
        print(name, "consumed", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        items.append("first")
        cond.notify()
    await asyncio.sleep(0.1)
    async with cond:
        items.extend(["second", "third"])
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
