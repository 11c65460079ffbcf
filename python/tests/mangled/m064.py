import asyncio

def f():
    return f()

async def main():
    try:
        f()
    except RecursionError:
        print('recovered')
    while True:
        await asyncio.sleep(0)

asyncio.run(main())
