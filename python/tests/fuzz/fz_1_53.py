import asyncio
import random
import time


async def load(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise RuntimeError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def leaf(x):
    await asyncio.sleep(x * 0.25)
    print("leaf", x)
    return x + 1


async def branch(x):
    a = asyncio.create_task(leaf(x))
    b = await leaf(x * 2)
    return await a + b


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
    random.seed(7)
    start = time.perf_counter()

    results = await asyncio.gather(*[load(i, i in (1,)) for i in range(3)], return_exceptions=True)
    print(results)

    values = [await branch(i) for i in range(3)]
    print(values)

    jobs = [Job(n, c) for n, c in [('south', 1), ('blue', 0)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(sorted(j.name for j in finished))

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
