import asyncio


async def runner(name):
    for lap in range(3):
        await asyncio.sleep(1)
        print(f"lap {lap}: {name}")


async def main():
    await asyncio.gather(*(runner(n) for n in ["ann", "bob", "cid", "dee"]))

asyncio.run(main())
