import asyncio


async def boom(n):
    await asyncio.sleep(n)
    raise ValueError(f"boom {n}")


async def main():
    asyncio.create_task(boom(0.1), name="fire-and-forget")
    await asyncio.sleep(1)
    print("main done, never awaited the task")

asyncio.run(main())
print("after run")
