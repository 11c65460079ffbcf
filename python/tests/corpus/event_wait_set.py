import asyncio


async def waiter(name, event):
    print(name, "waiting")
    await event.wait()
    print(name, "woke up at", asyncio.get_running_loop().time())


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(1)
    print("setting event, is_set =", event.is_set())
    event.set()
    print("after set, is_set =", event.is_set())
    await asyncio.gather(*tasks)
    print(await event.wait())
    event.clear()
    print("cleared", event.is_set())

asyncio.run(main())
