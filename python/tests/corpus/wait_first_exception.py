import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [asyncio.create_task(job("a", 1)), asyncio.create_task(job("b", 2, True)),
             asyncio.create_task(job("c", 3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("time", asyncio.get_running_loop().time(), "done", len(done), "pending", len(pending))
    for t in tasks:
        if t in done:
            print(t.exception() and repr(t.exception()) or t.result())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
