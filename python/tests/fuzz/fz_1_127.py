"""A small asyncio scenario."""
import asyncio
import random
import time


async def wander(name):
    d = random.choice([0, 0.5, 1])
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)
        raise


async def main():
    random.seed(7)
    start = time.perf_counter()

    random.seed(523)
    rolls = [random.randint(1, 6) for _ in range(3)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['delta', 'B', 'w1'])
    print(f"picked {pick!r}, p={random.random():.3f}")
    naps = await asyncio.gather(*[wander(n) for n in ['bob', 'west']])
    print(naps)

    t = asyncio.create_task(background('y', 4), name='cid')
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return 0


if __name__ == "__main__":
    asyncio.run(main())
