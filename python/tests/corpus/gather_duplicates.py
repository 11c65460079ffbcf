import asyncio

runs = 0


async def work(x):
    global runs
    runs += 1
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    t = asyncio.create_task(work(1))
    print(await asyncio.gather(t, t, work(2)))
    c = work(5)
    print(await asyncio.gather(c, c))
    print("runs", runs)

asyncio.run(main())
