import asyncio


async def child(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(child("x"), child("y"))
    await asyncio.sleep(1)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting the gather raised CancelledError")
    print(g.cancelled(), asyncio.get_running_loop().time())

asyncio.run(main())
