import asyncio


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise


async def parent():
    try:
        await asyncio.gather(child("x"), child("y"))
    except asyncio.CancelledError as e:
        print("parent got", e.args)
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel("shutdown requested")
    try:
        await p
    except asyncio.CancelledError as e:
        print("main got", e.args, p.cancelled())

asyncio.run(main())
