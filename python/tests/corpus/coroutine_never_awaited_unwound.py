import asyncio
async def fetch():
    return [1, 2]
async def main():
    try:
        for i in fetch():
            print(i)
    except TypeError as e:
        print("caught", e)
    x = fetch()
    x = 1
    print("end")
asyncio.run(main())
