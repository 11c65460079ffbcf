"""Generated asyncio exercise."""
import asyncio


async def long_job(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


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
    t = asyncio.create_task(long_job('west', 4))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    q = asyncio.Queue(maxsize=2)
    for i in range(3):
        try:
            q.put_nowait(i * 10)
            print("put", i * 10, q.full())
        except asyncio.QueueFull:
            print("queue full at", i)
    for _ in range(4):
        try:
            print("got", q.get_nowait(), q.qsize())
        except asyncio.QueueEmpty:
            print("queue empty")
            break

    ev = asyncio.Event()
    results = await asyncio.gather(trigger(ev, 1), waiter(ev, 'D'), waiter(ev, 'w1'), waiter(ev, 'west'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())

    return 0


if __name__ == "__main__":
    print("main returned", repr(asyncio.run(main())))
