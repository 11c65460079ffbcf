# Exceptions nobody retrieved are logged when their future is freed: an
# un-awaited gather of failing jobs; a task whose exception was looked at,
# or that was awaited, is not logged.
import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    raise ValueError(n)


async def main():
    asyncio.gather(job(1), job(2))
    looked = asyncio.create_task(job(3))
    awaited = asyncio.create_task(job(4))
    await asyncio.sleep(1)
    print("looked at:", repr(looked.exception()))
    try:
        await awaited
    except ValueError as e:
        print("awaited:", repr(e))
    print("main done")

asyncio.run(main())
print("after run")
