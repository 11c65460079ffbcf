import asyncio


async def fragile():
    await asyncio.sleep(0.5)
    raise KeyError("lost")


async def main():
    try:
        await asyncio.shield(fragile())
    except KeyError as e:
        print("shield passes the exception through:", repr(e))
    done = asyncio.create_task(asyncio.sleep(0, "ready"))
    await done
    print(await asyncio.shield(done))
    print(await asyncio.shield(asyncio.sleep(0.1, "via shield")))

asyncio.run(main())
