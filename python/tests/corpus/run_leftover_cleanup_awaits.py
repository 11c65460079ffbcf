import asyncio


async def service():
    try:
        await asyncio.sleep(100)
    finally:
        print("service: flushing buffers")
        await asyncio.sleep(0.5)
        print("service: flushed at", asyncio.get_running_loop().time())


async def main():
    asyncio.create_task(service())
    await asyncio.sleep(1)
    print("main done at", asyncio.get_running_loop().time())

asyncio.run(main())
print("event loop closed")
