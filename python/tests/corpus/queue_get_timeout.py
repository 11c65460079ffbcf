import asyncio


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no item within 0.5 s, queue empty:", q.empty())
    loop = asyncio.get_running_loop()
    loop.call_later(1, q.put_nowait, "late item")
    item = await asyncio.wait_for(q.get(), timeout=2)
    print("got", item, "at", loop.time())

asyncio.run(main())
