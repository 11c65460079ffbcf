import asyncio


async def never():
    await asyncio.sleep(100)


async def main():
    t = asyncio.create_task(never())
    t.cancel()
    print("cancel requested before start; done:", t.done())
    for attempt in range(2):
        try:
            await t
        except asyncio.CancelledError:
            print("attempt", attempt, "CancelledError")
    print(t.cancelled(), asyncio.get_running_loop().time())

asyncio.run(main())
