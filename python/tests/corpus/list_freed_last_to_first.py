import asyncio


class Resource:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("freed", self.n)


pool = [Resource(1), Resource(2), Resource(3)]
pool = None
print("pool gone")


async def bad(n):
    raise ValueError(n)


async def main():
    tasks = [asyncio.create_task(bad(i)) for i in range(3)]
    await asyncio.sleep(1)
    print("main ends with", len(tasks), "failed tasks")


asyncio.run(main())
