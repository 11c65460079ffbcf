import asyncio
import time


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        self.result = None

    def __repr__(self):
        return f"Job({self.name!r}, cost={self.cost}, result={self.result})"


async def run_job(job):
    await asyncio.sleep(job.cost)
    job.result = len(job.name)
    print("finished", job)
    return job


async def produce(q, name, items, delay):
    for item in items:
        await q.put((name, item))
        print(f"{name} put {item}, size={q.qsize()}")
        await asyncio.sleep(delay)
    print(f"{name} done")


async def consume(q, name, seen, delay):
    while True:
        who, item = await q.get()
        print(f"{name} got {item} from {who}")
        seen.append(item)
        await asyncio.sleep(delay)
        q.task_done()


async def deposit(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def main():
    start = time.perf_counter()

    jobs = [Job(n, c) for n, c in [('A', 2), ('slow', 0.5), ('bob', 0)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print({j.name: j.result for j in jobs})

    q = asyncio.Queue()
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0.5)) for i in range(3)]
    await asyncio.gather(produce(q, 'p0', [82, 45], 0.25))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    rIs = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(lock, shared, 'D', 0.25), deposit(lock, shared, 'delta', 0.5), deposit(lock, shared, 'east', 0), deposit(lock, shared, 'alpha', 0.5))
    print(shared)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
