import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print('inside')
        async with lock:
            print('never')

asyncio.run(main())
