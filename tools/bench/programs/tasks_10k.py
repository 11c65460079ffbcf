import asyncio
async def worker(i):
    await asyncio.sleep(1)
    return i
async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(10000)]
    await asyncio.sleep(0.5)
    print(len(tasks))
    r = await asyncio.gather(*tasks)
    print(sum(r))
asyncio.run(main())
