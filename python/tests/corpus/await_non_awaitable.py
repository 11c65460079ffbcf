import asyncio


async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(7)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(print)
    except TypeError as e:
        print("TypeError:", e)
    print("done")

asyncio.run(main())
