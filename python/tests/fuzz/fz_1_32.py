import asyncio


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


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


def callback(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def main():
    log = []
    await asyncio.gather(volley('tic', 4, log), volley('tac', 2, log), volley('toe', 2, log))
    print(log)

    q = asyncio.Queue(maxsize=1)
    seen = []
    workers = [asyncio.create_task(consume(q, f"c{i}", seen, 0.25)) for i in range(2)]
    await asyncio.gather(produce(q, 'p0', [26], 0), produce(q, 'p1', [86], 0), produce(q, 'p2', [48], 0))
    await q.join()
    print("seen", seen, q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(all(w.cancelled() for w in workers))

    loop = asyncio.get_running_loop()
    box = []
    loop.call_soon(callback, 'soon', box)
    loop.call_later(1, callback, 'later', box)
    loop.call_later(0.5, callback, 'other', box)
    print("callbacks scheduled")
    await asyncio.sleep(0.5)
    print(box)


if __name__ == "__main__":
    asyncio.run(main())
