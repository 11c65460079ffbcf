import asyncio
import random
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


async def dawdle(name):
    d = random.randint(0, 3)
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def ticker(period):
    n = 0
    try:
        for n in range(1, 41):
            await asyncio.sleep(period)
            print(f"tick {n}")
    except asyncio.CancelledError:
        print(f"ticker stopped after {n}")
        raise


async def main():
    random.seed(1)
    start = time.perf_counter()
    tick_task = asyncio.create_task(ticker(0.75), name='ticker')

    jobs = [Job(n, c) for n, c in [('w1', 0), ('w2', 0.5), ('C', 1), ('x', 0.5)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(max(jobs, key=lambda j: j.cost))

    rolls = [random.randint(1, 6) for _ in range(6)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['w3', 'A', 'dee'])
    print(f"picked {pick!r}, p={random.random():.3f}")
    naps = await asyncio.gather(*[dawdle(n) for n in ['y', 'delta', 'w2']])
    print(naps)

    try:
        async with asyncio.timeout(2):
            for i in range(4):
                await asyncio.sleep(1)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
