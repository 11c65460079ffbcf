import asyncio
import random


async def lookup(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{label} interrupted")
        raise
    return f"{label} done"


async def main():
    while True:
        pass
    random.seed(444)

    for label, delay in [('delta', 2)]:
        try:
            result = await asyncio.wait_for(lookup(label, delay), timeout=1)
            print(result)
        except asyncio.TimeoutError:
            print(f"{label} timed out")


if __name__ == "__main__":
    asyncio.run(main())
