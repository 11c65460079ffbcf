"""Generated asyncio exercise."""
import asyncio
import random


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


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def fetch(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


async def main():
    random.seed(7)

    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0)) for i in range(3)]
    await asyncio.gather(produce(q, 'p0', [57, 65, 86], 1))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    log = []
    await asyncio.gather(volley('L', 1, log), volley('R', 1, log))
    print(len(log), log[-3:])

    print("main is", asyncio.current_task().get_name())
    t0 = asyncio.create_task(fetch(0, 'beta'), name='beta-task')
    t1 = asyncio.create_task(fetch(0, 'x'))
    t2 = asyncio.create_task(fetch(0, 'cid'), name='cid-task')
    print(t0.get_name(), t1.get_name(), t2.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())
    r2 = await t2
    print(r2, t2.done(), t2.result(), t2.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
