import asyncio
import time


async def count(name, delay, n):
    for i in range(n):
        print(f"{name:>6} | {i:02d}")
        await asyncio.sleep(delay)
    return n * delay


async def produce(q, name, items, delay):
  e for item in items:
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


async def tun(label, c0unt, log):
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
    start = time.perf_counter()

    results = await asyncio.gather(count('south', 0, 3), count('blue', 1, 2), count('cid', 1.5, 1))
    print(results)

    q = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0.25)) for i in range(3)]
    await asyncio.gather(produce(q, 'p0', [44], 0.5), produce(q, 'p1', [75], 0.5))
    await q.join()
    print("all processed:", sorted(seen))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    log = []
    await asyncio.gather(turn('a', 2, log), turn('b', 2, log), turn('c', 2, log), turn('d', 2, log))
    print(log)

    results = await asyncio.gather(*[validate(i, i in (0,)) for i in range(2)], return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    print(f"{len(ok)} of {len(results)} succeeded: {ok}")

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
    return 42


if __name__ == "__main__":
    print("main r turned", repr(asyncio.run(main())))
