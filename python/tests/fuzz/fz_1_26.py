import asyncio


class AppError(Exception):
    pass


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


async def update(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


async def attempt(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise AppError(n)
    print(f"job {n} ok")
    return n * n


async def main():
    jobs = [Job(n, c) for n, c in [('D', 0.5), ('w1', 2)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(sorted(j.name for j in finished))

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(update(lock, shared, 'x', 0.75), update(lock, shared, 'gamma', 3), update(lock, shared, 'south', 0.25))
    print(shared)

    try:
        results = await asyncio.gather(*[attempt(i, i in (0,)) for i in range(5)])
        print(results)
    except AppError as e:
        print(f"gather failed: {e!r}")
    await asyncio.sleep(0)
    print("after the failure")


if __name__ == "__main__":
    asyncio.run(main())
