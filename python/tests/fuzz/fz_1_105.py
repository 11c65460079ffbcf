# args: --timestamps
import asyncio
import time


async def increment(shared, name, delay):
    value = shared["count"]
    await asyncio.sleep(delay)
    shared["count"] = value + 1
    shared["order"].append(name)
    print(f"{name} wrote {shared['count']}")


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        self.result = None

    def __repr__(self):
        return f"Job({self.name!r}, cost={self.cost}, result={self.result})"


async def run_job(job):
    await asyncio.sleep(job.cost)
    job.result = job.name[::-1]
    print("finished", job)
    return job


async def main():
    start = time.perf_counter()

    shared = {"count": 0, "order": []}
    await asyncio.gather(increment(shared, 'C', 1), increment(shared, 'gamma', 2), increment(shared, 'w1', 3))
    print(shared["count"], "updates:", ", ".join(shared["order"]))

    jobs = [Job(n, c) for n, c in [('cid', 0.5), ('ann', 0), ('A', 1), ('alpha', 0.5)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(max(jobs, key=lambda j: j.cost))

    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return "ok"


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
