import asyncio
import random


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
        return "swallowed"
    finally:
        print(f"{name} finally")


async def ticker(period):
    n = 0
    try:
        for n in range(1, 41):
            await asyncio.sleep(period)
            print(f"tick {n}")
    except asyncio.CancelledError:
        print(f"ticker stopped after {n}")
        raise


async def main():
    random.seed(444)
    tick_task = asyncio.create_task(ticker(0.5), name='ticker')

    random.seed(238)
    rolls = [random.randint(1, 6) for _ in range(3)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['green', 'D', 'cid'])
    print(pick, random.random())
    naps = await asyncio.gather(*[wander(n) for n in ['z', 'south']])
    print(naps)

    t = asyncio.create_task(background('north', 5))
    await asyncio.sleep(1)
    print("cancel() ->", t.cancel())
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", tick_task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
