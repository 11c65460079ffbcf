import asyncio


async def quick():
    return "quick"


async def main():
    try:
        await asyncio.wait_for(quick(), 0)
    except TimeoutError:
        print("coroutine with timeout 0: TimeoutError")
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done task with timeout 0:", await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(asyncio.sleep(1), -5)
    except TimeoutError:
        print("negative timeout: TimeoutError at", asyncio.get_running_loop().time())
    print(await asyncio.wait_for(quick(), 0.001))

asyncio.run(main())
