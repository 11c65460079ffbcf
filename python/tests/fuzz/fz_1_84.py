"""Generated asyncio exercise."""
import asyncio
import random


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def step(name, delay, n):
    for i in range(n):
        print(f"{name!r} at {i}, delay={delay}")
        await asyncio.sleep(delay)
    return n * delay


async def long_job(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise


async def main():
    random.seed(1)

    log = []
    first = asyncio.create_task(volley('tic', 2, log))
    await volley('tac', 2, log)
    await volley('toe', 4, log)
    print("first done?", first.done())
    await first
    print(len(log), log[-3:])

    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(1)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    specs = [('w3', 0.75, 3), ('w2', 0.75, 1), ('C', 0.75, 2)]
    results = await asyncio.gather(*(step(*s) for s in specs))
    for s, r in zip(specs, results):
        print(s[0], "=>", r)

    t = asyncio.create_task(long_job('w3', 3))
    await asyncio.sleep(0.75)
    print("cancel() ->", t.cancel())
    result = await t
    print("not reached", result)


if __name__ == "__main__":
    asyncio.run(main())
