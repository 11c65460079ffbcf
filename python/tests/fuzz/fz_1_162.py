"""A small asyncio scenario."""
import asyncio


async def walker(name, delay, n):
    for i in range(n):
        print("%s -> %d" % (name, i))
        await asyncio.sleep(delay)
    return n * delay


async def query(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def monitor(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise
    finally:
        print(f"{name} finally")


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
    results = await asyncio.gather(walker('B', 2, 2), walker('D', 2, 2))
    print(results)

    for label, delay in [('A', 1), ('z', 1.5)]:
        try:
            result = await asyncio.wait_for(query(label, delay), timeout=0.5)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")

    t = asyncio.create_task(monitor('cid', 5), name='y')
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    jobs = [Job(n, c) for n, c in [('B', 1), ('w2', 0.5), ('bob', 0), ('cid', 0.5)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(sorted(j.name for j in finished))


if __name__ == "__main__":
    asyncio.run(main())
