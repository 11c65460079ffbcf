# A back-off sleep inside except, cut off by asyncio.timeout: the full chain of three exceptions.
import asyncio
async def main():
    async with asyncio.timeout(0.5):
        try:
            raise ConnectionError("down")
        except ConnectionError:
            await asyncio.sleep(1)
asyncio.run(main())
