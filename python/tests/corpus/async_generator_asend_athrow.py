import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("agen caught", repr(e))
                value = 0
            await asyncio.sleep(0.1)
            total += value
    finally:
        print("agen finally, total", total)


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.athrow(ValueError("reset")))
    print(type(acc).__name__, asyncio.get_running_loop().time())
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")

asyncio.run(main())
