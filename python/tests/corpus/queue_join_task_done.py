import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(f"{name} finished {item}s job")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for delay in [0.3, 0.1, 0.2, 0.4]:
        q.put_nowait(delay)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all jobs done at", round(asyncio.get_running_loop().time(), 3))
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
