import asyncio


async def ok():
    await asyncio.sleep(0.1)
    return "value"


async def bad():
    await asyncio.sleep(0.1)
    raise LookupError("missing")


async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.2)
    print(t1.done(), t1.result(), t1.exception())
    print(t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except LookupError as e:
        print("result() re-raises:", e)
    t3 = asyncio.create_task(ok())
    t3.cancel()
    await asyncio.sleep(0)
    try:
        t3.exception()
    except asyncio.CancelledError:
        print("exception() of cancelled task raises CancelledError")

asyncio.run(main())
