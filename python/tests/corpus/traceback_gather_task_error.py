import asyncio


async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    print("step", name, "ok")
    return name


async def main():
    results = await asyncio.gather(step("a", 0.1), step("b", 0.2, fail=True), step("c", 0.3))
    print(results)

asyncio.run(main())
