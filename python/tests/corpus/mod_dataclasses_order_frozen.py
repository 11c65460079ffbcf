# @dataclass(order=True, frozen=True, eq=..., unsafe_hash=...): comparisons,
# hashing, FrozenInstanceError, and dataclass jobs on an asyncio.PriorityQueue.
import asyncio
import dataclasses
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

    async def run(self):
        await asyncio.sleep(0.1 * self.priority)
        return f"{self.name} done"


jobs = [Job(3, "backup"), Job(1, "email"), Job(2, "report"), Job(1, "alert")]
print(sorted(jobs))
print(Job(1, "a") < Job(2, "b"), Job(2, "a") <= Job(2, "b"), Job(1, "x") == Job(1, "y"), max(jobs))
try:
    Job(1, "a") < 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Job(1, "a"))
except TypeError as e:
    print("TypeError:", e)


async def worker(queue, name):
    while True:
        job = await queue.get()
        print(f"{name} runs {job}: {await job.run()}")
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for job in jobs:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(queue, f"w{i}")) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080


c = Config("localhost")
print(c, hash(c) == hash(Config("localhost", 8080)), {c: "ok"}[Config("localhost")])
try:
    c.port = 9000
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, AttributeError))
try:
    del c.host
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print(dataclasses.replace(c, port=1))


@dataclass(eq=False)
class Node:
    value: int


n = Node(1)
print(n == Node(1), n == n, hash(n) == hash(n))


@dataclass(unsafe_hash=True)
class Tag:
    name: str


print(hash(Tag("x")) == hash(("x",)), Tag("x") in {Tag("x")})
try:
    @dataclass(order=True, eq=False)
    class Broken:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class Custom:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Thawed(Config):
        extra: int = 0
except TypeError as e:
    print("TypeError:", e)
c.host = "elsewhere"
