import asyncio


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with AsyncOnly():
        pass
except TypeError as e:
    print("TypeError:", e)


async def main():
    try:
        async with SyncOnly():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

    async def agen():
        yield 1

    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
