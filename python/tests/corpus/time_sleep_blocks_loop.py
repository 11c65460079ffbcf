# args: --timestamps
import asyncio
import time


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(1)


async def blocker():
    await asyncio.sleep(0.5)
    print("blocking for 2 s with time.sleep")
    time.sleep(2)
    print("blocker done")


async def main():
    start = time.perf_counter()
    await asyncio.gather(ticker(), blocker())
    print(f"elapsed {time.perf_counter() - start:.2f}")

asyncio.run(main())
