"""A small asyncio scenario."""
import asyncio


async def serve(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


async def walker(name, delay, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return f"{name}:{n}"


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


async def main():
    print("main is", asyncio.current_task().get_name())
    t0 = asyncio.create_task(serve(3, 'w3'))
    t1 = asyncio.create_task(serve(2, 'blue'))
    print(t0.get_name(), t1.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())

    specs = [('alpha', 0.5, 3), ('west', 0.5, 2), ('slow', 0.5, 1)]
    results = await asyncio.gather(*(walker(*s) for s in specs))
    for s, r in zip(specs, results):
        print(s[0], "=>", r)

    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0)) for i in range(1)]
    await asyncio.gather(produce(q, 'p0', [48, 3], 0.5), produce(q, 'p1', [97, 78, 89], 0.5), produce(q, 'p2', [49], 0.5))
    await q.join()
    print("all processed:", sorted(seen))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))


if __name__ == "__main__":
    asyncio.run(main())
