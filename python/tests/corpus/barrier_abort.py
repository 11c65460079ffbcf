import asyncio


async def waiter(name, barrier):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", type(e).__name__, repr(str(e)))


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(n, barrier)) for n in "ab"]
    await asyncio.sleep(0.1)
    print("n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
    await barrier.abort()
    print("aborted; n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
    await asyncio.gather(*tasks)
    # a late caller is refused at once
    await waiter("c", barrier)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    await barrier.wait()  # uncaught: asyncio.exceptions.BrokenBarrierError


asyncio.run(main())
