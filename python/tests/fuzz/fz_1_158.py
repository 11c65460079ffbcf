# args: --timestamps
import asyncio
import random


async def turn(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def background(name, n):
    try:
        for i in range(n):
            print(f"{name} working {i}")
            await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise
    finally:
        print(f"{name} finally")


async def dawdle(name):
    d = random.randint(0, 3)
    print(f"{name} sleeps {d}")
    await asyncio.sleep(d)
    return d


async def main():
    random.seed(42)

    log = []
    first = asyncio.create_task(turn('tic', 2, log))
    await turn('tac', 2, log)
    await turn('toe', 1, log)
    print("first done?", first.done())
    await first
    print(" ".join(log))

    t = asyncio.create_task(background('bob', 3))
    await asyncio.sleep(0)
    t.cancel()
    try:
        result = await t
        print("result:", result)
    except asyncio.CancelledError:
        print("task was cancelled")
    print(t.done(), t.cancelled())

    rolls = [random.randint(1, 6) for _ in range(3)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['beta', 'dee', 'blue'])
    print(pick, random.random())
    naps = await asyncio.gather(*[dawdle(n) for n in ['green', 'north']])
    print(naps)


if __name__ == "__main__":
    asyncio.run(main())
