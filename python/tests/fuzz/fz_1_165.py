# args: --timestamps
import asyncio
import time


async def count(name, delay, n):
    for i in range(n):
        print(f"{name!r} at {i}, delay={delay}")
        await asyncio.sleep(delay)
    return n * delay


async def crawl(sem, i, delay, t0):
    async with sem:
        print(f"job {i} starts at {time.perf_counter() - t0:.2f}")
        await asyncio.sleep(delay)
    print(f"job {i} ends at {time.perf_counter() - t0:.2f}")
    return i


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


async def main():
    start = time.perf_counter()

    tasks = [asyncio.create_task(count(name, d, k)) for name, d, k in [('C', 1, 1), ('delta', 1, 1), ('ann', 1, 1)]]
    for t in tasks:
        print(await t)

    sem = asyncio.Semaphore(1)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[crawl(sem, i, 0, t0) for i in range(5)])
    print(done, sem.locked())

    jobs = [Job(n, c) for n, c in [('gamma', 0), ('alpha', 1), ('ann', 2)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(sorted(j.name for j in finished))

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
