"""A small asyncio scenario."""
import asyncio


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


async def attempt(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise KeyError(n)
    print(f"job {n} ok")
    return n * n


async def explode(n):
    await asyncio.sleep(n)
    raise ValueError(f"boom after {n}")


async def main():
    jobs = [Job(n, c) for n, c in [('north', 1), ('C', 0), ('D', 1), ('y', 0)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(max(jobs, key=lambda j: j.cost))

    try:
        results = await asyncio.gather(*[attempt(i, i in (0, 2)) for i in range(5)])
        print(results)
    except KeyError as e:
        print(f"gather failed: {e!r}")
    await asyncio.sleep(2)
    print("after the failure")

    t = asyncio.create_task(explode(1))
    await asyncio.sleep(1)
    print("done yet?", t.done())
    await t


if __name__ == "__main__":
    asyncio.run(main())
