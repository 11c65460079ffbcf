import asyncio
import time


async def bee(i, delay, out):
    await asyncio.sleep(delay)
    out.append(i)


async def main():
    start = time.perf_counter()

    out = []
    tasks = [asyncio.create_task(bee(i, 1, out)) for i in range(10)]
    await asyncio.gather(*tasks)
    print(out)
    print(all(t.done() for t in tasks), [t.result() for t in tasks][:3])

    print(f"finished in {time.perf_counter() - start:.2f} seconds")
    return 42


if __name__ == "__main__":
    asyncio.run(main())
