"""Generated asyncio exercise."""
import asyncio
import time


async def job(n, fail):
    await asyncio.sleep(0)
    try:
        if fail:
            raise ValueError(n)
    except ValueError as e:
        print("handled inside:", repr(e))
        return -1
    print(f"job {n} ok")
    return n * n


async def loop_work(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


async def ticker(period):
    n = 0
    try:
        for n in range(1, 41):
            await asyncio.sleep(period)
            print(f"tick {n}")
    except asyncio.CancelledError:
        print(f"ticker stopped after {n}")
        raise


async def main():
    start = time.perf_counter()
    tick_task = asyncio.create_task(ticker(1), name='ticker')

    results = await asyncio.gather(*[job(i, i in (0, 1)) for i in range(2)], return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    print(f"{len(ok)} of {len(results)} succeeded: {ok}")

    t = asyncio.create_task(loop_work('A', 5), name='red')
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    try:
        async with asyncio.timeout(2) as cm:
            await asyncio.sleep(0.25)
            print("slept enough")
    except TimeoutError:
        print("too slow")
    print("expired:", cm.expired())

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())
    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return "ok"


if __name__ == "__main__":
    asyncio.run(main())
