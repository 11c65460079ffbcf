import asyncio


async def main():
    ev = asyncio.Event()
    ev.set()
    print("waiting on an already-set event returns", await ev.wait())
    ev.clear()

    async def late_setter():
        await asyncio.sleep(2)
        ev.set()
        print("set at", asyncio.get_running_loop().time())

    asyncio.create_task(late_setter())
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
    except asyncio.TimeoutError:
        print("not set within 1 s")
    await ev.wait()
    print("finally set, time", asyncio.get_running_loop().time())

asyncio.run(main())
