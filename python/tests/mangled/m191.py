import asyncio
import time


async def count(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return n * delay


async def produce(q, name, items, delay):
    for item in items:
        await q.put((name, item))
        print(f"{name} put {item}, size={q.qsize()}")
        await asyncio.sleep(delay)
    print(f"{name} done")


async def consume(q, name, seen, delay):
    while True:
        who, item = await q.get()
        print(f"{name} got {item} from {who}")
        seen.append(item)
        await asyncio.sleep(delay)
        q.task_done()


async def turn(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def validate(n, fail):
    await asyncio.sleep(0)
    if fail:
        raise ValueError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def main():
  