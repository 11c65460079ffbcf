import asyncio

state = {"count": 0}


async def watcher(cond, target):
    async with cond:
        result = await cond.wait_for(lambda: state["count"] >= target)
        print(f"watcher({target}) satisfied at count={state['count']}, predicate returned {result}")


async def main():
    cond = asyncio.Condition()
    watchers = [asyncio.create_task(watcher(cond, t)) for t in (2, 4)]
    for _ in range(5):
        await asyncio.sleep(0.5)
        async with cond:
            state["count"] += 1
            print("count ->", state["count"])
            cond.notify_all()
    await asyncio.gather(*watchers)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
