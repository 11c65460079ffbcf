import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    blocked_put = asyncio.create_task(q.put("second"))
    await asyncio.sleep(0.1)
    blocked_put.cancel()
    await asyncio.gather(blocked_put, return_exceptions=True)
    print("put cancelled:", blocked_put.cancelled(), "size", q.qsize())
    print(q.get_nowait())
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    getters[0].cancel()
    await asyncio.sleep(0)
    q.put_nowait("x")
    await asyncio.sleep(0)
    q.put_nowait("y")
    await asyncio.sleep(0)
    print([g.cancelled() or g.result() for g in getters])
    for _ in range(3):
        q.task_done()
    await q.join()
    print("join returns once every item is done; empty =", q.empty())

asyncio.run(main())
