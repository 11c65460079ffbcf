import asyncio

print(asyncio.TimeoutError is TimeoutError, issubclass(TimeoutError, OSError))
try:
    raise TimeoutError("took too long")
except OSError as e:
    print(type(e).__name__, e)


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(10), 1)
    except TimeoutError as e:
        print("builtin TimeoutError caught:", repr(e))

asyncio.run(main())
