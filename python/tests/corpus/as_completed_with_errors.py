import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    jobs = [job("a", 0.3), job("b", 0.1, fail=True), job("c", 0.2)]
    for fut in asyncio.as_completed(jobs):
        try:
            print("ok", await fut, asyncio.get_running_loop().time())
        except ValueError as e:
            print("error", e, asyncio.get_running_loop().time())

asyncio.run(main())
