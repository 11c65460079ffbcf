import asyncio
import random
import time


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


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
    random.seed(444)
    start = time.perf_counter()

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'fast'), trigger(ev, 2))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    jobs = [Job(n, c) for n, c in [('ann', 0), ('z', 2)]]
    print(jobs)
    finished = await asyncio.gather(*map(run_job, jobs))
    print({j.name: j.result for j in jobs})

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
