import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for prio, task in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (0, "critical")]:
        pq.put_nowait((prio, task))
    print(pq.qsize())
    while not pq.empty():
        prio, task = await pq.get()
        print(prio, task)
    pq.put_nowait(5)
    pq.put_nowait(-1)
    print(pq.get_nowait(), pq.get_nowait())

asyncio.run(main())
