import asyncio


async def fetch():
    return 1


def start():
    fetch()
    print("called fetch() without await")


start()
print(asyncio.run(fetch()))
print("end")
