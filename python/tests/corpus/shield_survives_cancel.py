import asyncio


async def save(data):
    print("saving", data)
    await asyncio.sleep(2)
    print("saved", data)
    return "ok"


async def main():
    inner = asyncio.create_task(save("report"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except TimeoutError:
        print("caller gave up at", asyncio.get_running_loop().time())
    print("inner cancelled?", inner.cancelled())
    print("inner result:", await inner, asyncio.get_running_loop().time())

asyncio.run(main())
