"""A small asyncio scenario."""
import asyncio
import random


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} proceeds")
    return name


async def trigger(ev, delay):
    await asyncio.sleep(delay)
    print("setting the event")
    ev.set()


async def dawdle(name):
    d = random.randint(0, 3)
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def main():
    random.seed(42)

    ev = asyncio.Event()
    results = await asyncio.gather(trigger(ev, 2), waiter(ev, 'fast'))
    print(results, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("no second signal")

    random.seed(610)
    rolls = [random.randint(1, 6) for _ in range(4)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['south', 'A', 'fast'])
    print(f"picked {pick!r}, p={random.random():.3f}")
    naps = await asyncio.gather(*[dawdle(n) for n in ['gamma', 'bob', 'C']])
    print(naps)

    return "ok"


if __name__ == "__main__":
    asyncio.run(main())
