import asyncio


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise RuntimeError(msg)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one", 0.1))
            tg.create_task(fail("two", 0.1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print([str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("three", 0.1))
    except* RuntimeError as eg:
        print("except* got", [str(e) for e in eg.exceptions])

asyncio.run(main())
