import asyncio


async def fetch_data():
    await asyncio.sleep(5)
    return "data"


async def main():
    print("fetching with a 1 s limit")
    data = await asyncio.wait_for(fetch_data(), timeout=1)
    print(data)

asyncio.run(main())
