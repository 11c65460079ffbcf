import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "ok"


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="sometime")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    done, pending = await asyncio.wait([t, t])
    print(len(done), len(pending), t.result())

asyncio.run(main())
