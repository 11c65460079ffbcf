import asyncio
import time


async def turn(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def query(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def main():
    start = time.perf_counter()

    log = []
    await asyncio.gather(turn('tic', 1, log), turn('tac', 4, log), turn('toe', 4, log))
    print(log)

    ev = asyncio.Event()
    results = await asyncio.gather(waiter(ev, 'A'), trigger(ev, 2), waiter(ev, 'w3'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no second signal")

    for label, delay in [('alpha', 2), ('blue', 1.5)]:
        try:
            result = await asyncio.wait_for(query(label, delay), timeout=0.5)
            print(result)
        except TimeoutError:
            print(f"{label} timed out")

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
