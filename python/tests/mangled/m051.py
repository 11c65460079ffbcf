import asyncio

def again(loop, n):
    loop.call_soon(again, loop, n + 1)

async def main():
    loop = asyncio.get_running_loop()
    again(loop, 0)
    await asyncio.sleep(1)
    print('never')

asyncio.run(main())
