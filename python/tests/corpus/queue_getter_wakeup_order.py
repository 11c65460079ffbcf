import asyncio


async def getter(name, q):
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(n, q)) for n in ["g1", "g2", "g3"]]
    await asyncio.sleep(0)
    for item in "abc":
        q.put_nowait(item)
        print("put", item)
    await asyncio.gather(*tasks)

asyncio.run(main())
