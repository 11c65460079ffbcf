import asyncio


async def background(name, delay):
    try:
        while True:
            await asyncio.sleep(delay)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "cancelled by asyncio.run")
        raise
    finally:
        print(name, "finally")


async def main():
    asyncio.create_task(background("heartbeat", 0.4))
    await asyncio.sleep(1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")
