import asyncio


async def main():
    q = asyncio.Queue(1)
    ev = asyncio.Event()
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(0)
    cond = asyncio.Condition()
    barrier = asyncio.Barrier(2)
    await lock.acquire()
    await q.put("full")
    coros = [asyncio.sleep(5), q.put(1), ev.wait(), lock.acquire(), sem.acquire(),
             asyncio.wait_for(asyncio.sleep(3), 10), barrier.wait(), q.join(),
             cond.wait_for(lambda: False)]
    tasks = [asyncio.create_task(c) for c in coros]
    print(repr(tasks[0]))
    await asyncio.sleep(0)
    for t in tasks:
        print(repr(t))
    q2 = asyncio.Queue()
    getter = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    print(getter)
    q2.put_nowait("x")
    await asyncio.sleep(0)
    print(getter)
    late = asyncio.create_task(asyncio.wait_for(asyncio.sleep(3), 1))
    await asyncio.sleep(2)
    print(late)
    late.exception()
    for t in tasks:
        t.cancel()
    await asyncio.wait(tasks)


asyncio.run(main())
