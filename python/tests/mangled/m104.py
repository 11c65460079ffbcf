import asyncio

async def main():
    print('leaving')
    raise SystemExit('bye')

asyncio.run(main())
