# An async generator left unfinished is finalized as CPython's asyncio does:
# when it is dropped, the loop's finalizer hook schedules its aclose() in a
# task (one iteration later its finally runs); those still alive when
# asyncio.run ends are closed by shutdown_asyncgens().
import asyncio


async def ticks(tag):
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.1)
    finally:
        print(f"  ticks({tag}) finalized")


async def use(tag, n):
    async for t in ticks(tag):
        if t == n:
            break
    print(f"  use({tag}) done")


kept = []


async def sleeper():
    await asyncio.sleep(1)
    return asyncio.current_task().get_name()


async def main():
    await use("x", 2)
    print("main: after use x")
    await asyncio.sleep(0)
    print("main: after sleep 0")
    await asyncio.sleep(0)
    print("main: after another sleep 0")
    print("tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    agen = ticks("kept")
    kept.append(agen)
    print(await agen.__anext__(), await agen.__anext__())
    print("new task:", await asyncio.create_task(sleeper()))
    print("main: returning", len(asyncio.get_running_loop()._asyncgens))


asyncio.run(main())
print("end")
