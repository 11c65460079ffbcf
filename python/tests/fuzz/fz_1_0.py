import asyncio
import time


async def count(name, delay, n):
    for i in range(n):
        print(name, i, sep=": ")
        await asyncio.sleep(delay)
    return name * n


async def legacy_call(name, d):
    print(f"{name} blocks for {d}s")
    time.sleep(d)
    await asyncio.sleep(0)
    print(f"{name} resumes")


def describe(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


async def main():
    tasks = [asyncio.create_task(count(name, d, k)) for name, d, k in [('north', 2, 1), ('x', 2, 3), ('A', 2, 3), ('bob', 2, 1)]]
    for t in tasks:
        print(await t)

    t1 = time.perf_counter()
    await asyncio.gather(legacy_call('west', 0.5), legacy_call('D', 0.5))
    print(f"blocking part took {time.perf_counter() - t1:.2f}s")

    stats = describe([('red', 2), ('dee', 4), ('slow', 1.5)])
    print(stats)
    for k, v in stats.items():
        print(k, type(v).__name__, v)


if __name__ == "__main__":
    asyncio.run(main())
