import asyncio


async def bounce(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def long_job(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise
    finally:
        print(f"{name} finally")


async def main():
    log = []
    await asyncio.gather(bounce('a', 1, log), bounce('b', 1, log), bounce('c', 2, log), bounce('d', 4, log))
    print(log)

    t = asyncio.create_task(long_job('A', 5), name='alpha')
    await asyncio.sleep(0.5)
    print("cancel() ->", t.cancel())
    result = await t
    print("not reached", result)


if __name__ == "__main__":
    asyncio.run(main())
