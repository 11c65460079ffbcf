import asyncio


async def stream():
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(1)
    finally:
        print("stream closed at", n)


async def main():
    s = stream()
    async for v in s:
        print("value", v)
        if v == 2:
            break
    await s.aclose()
    print("after aclose, time", asyncio.get_running_loop().time())

asyncio.run(main())
