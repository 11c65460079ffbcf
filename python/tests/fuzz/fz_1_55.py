import asyncio
import time


async def ping(label, count, log):
    for i in range(count):
        log.append(f"{label}{i}")
        print(label, i)
        await asyncio.sleep(0)
    print(label, "done")


async def main():
    start = time.perf_counter()

    log = []
    await asyncio.gather(ping('a', 2, log), ping('b', 3, log), ping('c', 3, log), ping('d', 3, log))
    print(len(log), log[-3:])

    elapsed = time.perf_counter() - start
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")


if __name__ == "__main__":
    asyncio.run(main())
