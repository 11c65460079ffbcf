# args: --timestamps
import asyncio


async def validate(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise ValueError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


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
    try:
        results = await asyncio.gather(*[validate(i, i in (0, 2)) for i in range(3)])
        print(results)
    except (ValueError, LookupError) as e:
        print(f"gather failed: {e!r}")
    await asyncio.sleep(1)
    print("after the failure")

    jobs = [Job(n, c) for n, c in [('south', 0.5), ('east', 1), ('fast', 0)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print({j.name: j.result for j in jobs})


if __name__ == "__main__":
    asyncio.run(main())
