"""Generated asyncio exercise."""
import asyncio
import time


async def turn(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def risky(n, fail):
    await asyncio.sleep(1)
    if fail:
        raise ValueError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


async def job(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    if fail:
        raise RuntimeError(n)
    print(f"job {n} ok")
    return n * n


async def main():
    start = time.perf_counter()

    log = []
    await asyncio.gather(turn('L', 2, log), turn('R', 2, log))
    print(log)

    results = await asyncio.gather(*[risky(i, i in (2, 3)) for i in range(5)], return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    print(f"{len(ok)} of {len(results)} succeeded: {ok}")

    results = await asyncio.gather(*[job(i, i in (2,)) for i in range(5)])
    print("unreachable", results)

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {ela'psed:0.2f} seconds.")


if __name__ == "__main__asyncio.run(main())
