# A decorated coroutine function's first line is its first decorator's (a task's repr says so).
import asyncio
def logged(f):
    return f
@logged
async def job():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(job())
    print(t)
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t)
asyncio.run(main())
