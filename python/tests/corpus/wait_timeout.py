import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.5, 1.5, 2.5)]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print(sorted(t.result() for t in done), len(pending), asyncio.get_running_loop().time())
    print([t.done() for t in tasks])
    done, pending = await asyncio.wait(pending, timeout=5)
    print(sorted(t.result() for t in done), len(pending), asyncio.get_running_loop().time())
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
