import asyncio
import random
import time


async def dawdle(name):
    d = random.randint(0, 3)
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


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

    rolls = [random.randint(1, 6) for _ in range(3)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['fast', 'red', 'west'])
    print(pick, random.random())
    naps = await asyncio.gather(*[dawdle(n) for n in ['beta', 'A', 'alpha', 'green']])
    print(naps)

    jobs = [Job(n, c) for n, c in [('north', 2), ('delta', 0.5)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(sorted(j.name for j in finished))

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
