import asyncio

def numbers():
    try:
        yield 1
        yield 2
    finally:
        print('generator closed')

async def use():
    g = numbers()
    print(next(g))
    try:
        await asyncio.sleep(5)
    finally:
        g.close()

async def main():
    t = asyncio.create_task(use())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')

asyncio.run(main())
