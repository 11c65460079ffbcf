# Misused async protocols: CPython's own messages for 'async with' and 'async for'.
import asyncio

class B:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class C:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return None

class D:
    async def __aenter__(self):
        return 1

class E:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

class F:
    def __aiter__(self):
        return [1, 2]

class G:
    pass

async def main():
    for cls in (B, C, D, G):
        try:
            async with cls():
                pass
            print(cls.__name__, "ok")
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
    for cls in (E, F, G):
        try:
            async for _ in cls():
                pass
        except TypeError as e:
            print(cls.__name__, e, "| cause:", e.__cause__)
    async for _ in E():
        pass

asyncio.run(main())
