import asyncio
import random


async def main():
    random.seed(2024)

    try:
        async with asyncio.timeout(1.5):
            for i in range(2):
                await asyncio.sleep(0.5)
                print("tick", i)
            print("finished within the timeout")
    except TimeoutError:
        print("timeout expired")

    values = [3, 2, 1, 0]
    ratios = [10 // v for v in values]
    print(ratios)


if __name__ == "__main__":
    asyncio.run(main())
