# args: --timestamps
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
    job.result = job.name[::-1]
    print("finished", job)
    return job


async def fetch(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return x * 2


async def main():
    jobs = [Job(n, c) for n, c in [('fast', 2), ('green', 0.5), ('blue', 0.5), ('A', 0.5)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(sorted(j.name for j in finished))

    print("main is", asyncio.current_task().get_name())
    t0 = asyncio.create_task(fetch(0.25, 'B'), name='B-task')
    t1 = asyncio.create_task(fetch(0.75, 'red'))
    t2 = asyncio.create_task(fetch(0, 'z'))
    print(t0.get_name(), t1.get_name(), t2.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())
    r2 = await t2
    print(r2, t2.done(), t2.result(), t2.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
