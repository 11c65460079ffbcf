"""Generated asyncio exercise."""
import asyncio
import time


async def turn(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    return len(log)


async def main():
    start = time.perf_counter()

    log = []
    first = asyncio.create_task(turn('tic', 2, log))
    await turn('tac', 2, log)
    await turn('toe', 1, log)
    print("first done?", first.done())
    await first
    print(" ".join(log))

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
