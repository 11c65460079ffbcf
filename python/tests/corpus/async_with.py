import asyncio


class Connection:
    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        print("connecting to", self.host)
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("disconnected from", self.host, "error" if exc else "clean")


async def main():
    async with Connection("db") as conn:
        print("query on", conn.host)
    try:
        async with Connection("cache"):
            raise RuntimeError("oops")
    except RuntimeError as e:
        print("caught", e)
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
