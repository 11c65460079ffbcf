import asyncio
import time


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def visit(sem, i, delay, t0):
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
    job.result = job.name[::-1]
    print("finished", job)
    return job


async def main():
    start = time.perf_counter()

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.25, callback, 'later', box)
    loop.call_soon(callback, 'soon', box)
    loop.call_later(0, callback, 'other', box)
    print("callbacks scheduled")
    await asyncio.sleep(1)
    print(box)

    sem = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    done = await asyncio.gather(*[visit(sem, i, 0.5 + i % 2, t0) for i in range(2)])
    print(done, sem.locked())

    jobs = [Job(n, c) for n, c in [('bob', 0), ('east', 1), ('w3', 0.5)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print(max(jobs, key=lambda j: j.cost))

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
