import asyncio


class AppError(Exception):
    def __init__(self, message, code=7):
        super().__init__(message)
        self.code = code


def summarize(items):
    total = sum(v for _, v in items)
    return {"n": len(items), "total": total, "avg": round(total / len(items), 2)}


async def serve(x, tag):
    me = asyncio.current_task()
    print(f"{me.get_name()} started with {x}")
    await asyncio.sleep(x)
    print(f"{me.get_name()} finished {tag}")
    return tag.upper()


async def risky(n, fail):
    await asyncio.sleep(n * 0.25)
    if fail:
        raise AppError(f"job {n} failed")
    print(f"job {n} ok")
    return n * n


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
    tick_task = asyncio.create_task(ticker(0.75), name='ticker')

    stats = summarize([('west', 4), ('delta', 7)])
    print(stats)
    for k, v in stats.items():
        print(f"{k:^7}|{v:08.3f}")

    print("main is", asyncio.current_task().get_name())
    t0 = asyncio.create_task(serve(1, 'A'), name='A-task')
    t1 = asyncio.create_task(serve(0.75, 'C'), name='C-task')
    print(t0.get_name(), t1.get_name(), t0.done())
    r0 = await t0
    print(r0, t0.done(), t0.result(), t0.cancelled())
    r1 = await t1
    print(r1, t1.done(), t1.result(), t1.cancelled())

    results = await asyncio.gather(*[risky(i, i in (1, 3)) for i in range(4)])
    print("unreachable", results)

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
