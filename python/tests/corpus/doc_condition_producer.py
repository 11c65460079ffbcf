import asyncio


async def consumer(cond, box, name):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, "took", box.pop())


async def producer(cond, box):
    for item in ["apple", "bread"]:
        await asyncio.sleep(1)
        async with cond:
            box.append(item)
            print("produced", item)
            cond.notify()


async def main():
    cond = asyncio.Condition()
    box = []
    await asyncio.gather(consumer(cond, box, "c1"), consumer(cond, box, "c2"), producer(cond, box))

asyncio.run(main())
