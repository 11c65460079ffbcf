import asyncio
import random
import time


async def job(n, fail):
    await asyncio.sleep(random.randint(0, 2))
    if fail:
        raise ValueError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def worker(name, delay, n):
    for i in range(n):
        print(name, i, sep=": ")
        await asyncio.sleep(delay)
    return f"{name}:{n}"


async def fetch(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


async def load(n, fail):
    await asyncio.sleep(n * 0.25)
    try:
        if fail:
            raise ValueError(f"job {n} failed")
    except ValueError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def main():
    random.seed(2024)
    start = time.perf_counter()

    results = await asyncio.gather(*[job(i, i in (0,)) for i in range(5)], return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    print(f"{len(ok)} of {len(results)} succeeded: {ok}")

    specs = [('slow', 0, 3), ('ann', 0.25, 3), ('beta', 1, 1)]
    results = await asyncio.gather(*(worker(*s) for s in specs))
    for s, r in zip(specs, results):
        print(s[0], "=>", r)

    t0 = asyncio.create_task(fetch(1, 'east'), name='east-task')
    t1 = asyncio.create_task(fetch(0.5, 'ann'))
    t2 = asyncio.create_task(fetch(0.75, 'C'), name='C-task')
    print(t0.get_name(), t1.get_name(), t2.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())
    r2 = await t2
    print(r2, t2.done(), t2.result(), t2.cancelled())

    results = await asyncio.gather(*[load(i, i in (3,)) for i in range(5)], return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)

    print(f"finished in {time.perf_counter() - start:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
