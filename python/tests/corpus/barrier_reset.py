import asyncio


async def waiter(name, barrier):
    try:
        index = await barrier.wait()
        print(name, "passed with", index)
    except asyncio.BrokenBarrierError as e:
        print(name, "got BrokenBarrierError:", e)
        return "broken"
    return index


async def main():
    barrier = asyncio.Barrier(3)
    # reset with nobody waiting: stays filling
    await barrier.reset()
    print("broken:", barrier.broken, "n_waiting:", barrier.n_waiting)

    tasks = [asyncio.create_task(waiter(n, barrier)) for n in "ab"]
    await asyncio.sleep(0.1)
    print("waiting:", barrier.n_waiting)
    await barrier.reset()
    print("after reset: n_waiting", barrier.n_waiting, "broken", barrier.broken)
    # a newcomer during the reset waits until the old waiters have left
    late = asyncio.create_task(waiter("late", barrier))
    print(await asyncio.gather(*tasks))
    print("n_waiting:", barrier.n_waiting)

    # the barrier is usable again
    more = [asyncio.create_task(waiter(n, barrier)) for n in "de"]
    print(await asyncio.gather(late, *more))

    # a cancelled waiter leaves the count
    t = asyncio.create_task(waiter("f", barrier))
    await asyncio.sleep(0.1)
    print("before cancel:", barrier.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("f cancelled")
    print("after cancel:", barrier.n_waiting, barrier.broken)

    # abort after a reset: broken for good, until the next reset
    await barrier.abort()
    print("broken:", barrier.broken)
    await barrier.reset()
    print("broken after reset:", barrier.broken)
    print(await asyncio.gather(*(waiter(n, barrier) for n in "ghi")))


asyncio.run(main())
