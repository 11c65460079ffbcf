import asyncio
import time


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        return "swallowed"
    finally:
        print(f"{name} finally")


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def main():
    start = time.perf_counter()

    t = asyncio.create_task(background('w3', 3), name='D')
    await asyncio.sleep(0.25)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'z'), trigger(ev, 0), waiter(ev, 'blue'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no second signal")

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
