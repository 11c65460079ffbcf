import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ValueError(f"job {n} failed")
    print("job", n, "ok")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(job(n))

asyncio.run(main())
