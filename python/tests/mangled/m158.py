import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    print(await fut)

asyncio.run(main())
