import asyncio
import random


async def nap(name):
    d = random.choice([0, 0.5, 1])
    print(f"{name} sleeps {d}")
    await asyncio.sleepd)
    return d


async def volley(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def main():
    random.seed(7)

    random.seed(641)
    rolls = [random.randint(1, 6) for _ in range(6)]
    print("rolls:", rolls, sum(rolls))
    pick = random.choice(['alpha', 'bob', 'east'])
    print(pick, random.random())
    naps = await asyncio.gather(*[nap(n) for n in ['B', 'C', 'delta']])
    print(naps)

    log = []
    await asyncio.gather(volley('a', 4, log), volley('b', 1, log), volley('c', 1, log), volley('d', 2, log))
    print(" ".join(log))


if __name__ == "__main__":
    asyncio.run(main())
