import asyncio

print("never printed")


async def main(:
    await asyncio.sleep(1)
