import asyncio


async def waiter(name, ev):
    await ev.wait()
    print(name, "woke, is_set =", ev.is_set())


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("a", "b")]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("set then cleared immediately")
    await asyncio.gather(*tasks)
    late = asyncio.create_task(waiter("late", ev))
    await asyncio.sleep(0.5)
    print("late waiter still waiting:", not late.done())
    late.cancel()
    await asyncio.gather(late, return_exceptions=True)
    print("late cancelled:", late.cancelled())

asyncio.run(main())
