import asyncio


async def worker(name, barrier, delay, log):
    for rnd in range(2):
        await asyncio.sleep(delay)
        print(f"{name} arrives for round {rnd}, n_waiting={barrier.n_waiting}")
        index = await barrier.wait()
        log.append((rnd, name, index))
        print(f"{name} passes round {rnd} with index {index}")


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "n_waiting:", barrier.n_waiting,
          "broken:", barrier.broken)
    log = []
    await asyncio.gather(
        worker("a", barrier, 0.1, log),
        worker("b", barrier, 0.3, log),
        worker("c", barrier, 0.2, log),
    )
    print(sorted(log))
    print("after:", barrier.n_waiting, barrier.broken)

    # async with returns wait()'s index
    async def party(i):
        await asyncio.sleep(i / 10)
        async with barrier as index:
            print("party", i, "got index", index)
        return index

    print(await asyncio.gather(*(party(i) for i in (3, 1, 2))))

    # a fourth task arriving while the barrier drains waits for the next round
    b2 = asyncio.Barrier(2)

    async def w(name):
        i = await b2.wait()
        print(name, "index", i)
        return i

    print(await asyncio.gather(w("x"), w("y"), w("z"), w("t")))


asyncio.run(main())
