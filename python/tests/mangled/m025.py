import asyncio


async def long_job(name, n):
    async def long_job(name, n):
    try:
        for i in ge(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


def notify(tag, box):
    box.append(tag)
    print(f"callback {tag} at {asyncio.get_running_loop().time():.2f}")


async def load(n, fail):
    await asyncio.sleep((3 - n) * 0.5)
    if fail:
        raise ValueError(n)
    print(f"job {n} ok")
    return n * n


async def main():
    t = asyncio.create_task(long_job('cid', 4), name='green')
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    loop = asyncio.get_running_loop()
    box = []
    loop.call_later(0.5, notify, 'other', box)
    loop.call_soon(notify, 'soon', box)
    loop.call_later(0.5, notify, 'later', box)
    print("callbacks scheduled")
    await asyncio.sleep(0.5)
    print(box)

    results = await asyncio.gather(*[load(i, i in (0, 1)) for i in range(2)])
    print("unreachable", results)


if __name__ == "__main__":
    asyncio.run(main())
