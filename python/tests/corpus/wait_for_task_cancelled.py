import asyncio


async def job():
    try:
        await asyncio.sleep(5)
    finally:
        print("job cleanup")


async def main():
    task = asyncio.create_task(job())
    try:
        await asyncio.wait_for(task, 1)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    print(task.cancelled(), task.done())

asyncio.run(main())
