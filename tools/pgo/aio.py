# Training program for the PGO build (scripts/pgo.sh), not a benchmark.
import asyncio, random

async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(random.random() / 100)
        results.append((name, item))
        q.task_done()

async def ticker(n, ev):
    for i in range(n):
        await asyncio.sleep(0.01)
    ev.set()

async def locked(lock, counter, i):
    async with lock:
        counter[0] += i
        await asyncio.sleep(0)

async def main():
    random.seed(3)
    q = asyncio.Queue(maxsize=50)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(40)]
    for i in range(3000):
        await q.put(i)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    ev = asyncio.Event()
    lock = asyncio.Lock()
    counter = [0]
    await asyncio.gather(ticker(100, ev), *(locked(lock, counter, i) for i in range(3000)))
    await ev.wait()
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)
    except asyncio.TimeoutError:
        pass
    async with asyncio.TaskGroup() as tg:
        for i in range(2000):
            tg.create_task(asyncio.sleep(i % 7 / 10))
    print(len(results), counter[0])

asyncio.run(main())
