import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("a", 3), ("b", 1), ("c", 2)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    print("time", asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(pending)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
