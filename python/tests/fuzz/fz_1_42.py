import asyncio


async def ping(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)


async def deposit(lock, shared, name, delay):
    async with lock:
        value = shared["count"]
        print(f"{name} read {value}")
        await asyncio.sleep(delay)
        shared["count"] = value + 1
        shared["order"].append(name)
    print(f"{name} released, locked={lock.locked()}")


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        self.result = None

    def __repr__(self):
        return f"Job({self.name!r}, cost={self.cost}, result={self.result})"


async def run_job(job):
    await asyncio.sleep(job.cost)
    job.result = job.cost * 10
    print("finished", job)
    return job


async def main():
    log = []
    await asyncio.gather(ping('L', 4, log), ping('R', 2, log))
    print(log)

    lock = asyncio.Lock()
    shared = {"count": 0, "order": []}
    await asyncio.gather(deposit(lock, shared, 'green', 3), deposit(lock, shared, 'w3', 0), deposit(lock, shared, 'D', 1.5), deposit(lock, shared, 'alpha', 2))
    print(shared["count"], "updates:", ", ".join(shared["order"]))

    jobs = [Job(n, c) for n, c in [('w1', 1), ('delta', 1), ('cid', 1)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(max(jobs, key=lambda j: j.cost))


if __name__ == "__main__":
    asyncio.run(main())
