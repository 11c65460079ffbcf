# A failed task awaited inside an except block: the traceback chains the handled exception.
import asyncio
async def fetch():
    raise ConnectionError("primary down")
async def main():
    t = asyncio.create_task(fetch())
    try:
        raise TimeoutError("fast path timed out")
    except TimeoutError:
        await t
asyncio.run(main())
