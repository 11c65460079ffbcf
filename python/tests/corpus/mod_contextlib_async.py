# contextlib.asynccontextmanager around awaits: a fake connection opened and
# closed, errors thrown into the async generator, a swallowed exception,
# "didn't yield"/"didn't stop", and use as a decorator.
import asyncio
from contextlib import asynccontextmanager


class Connection:
    def __init__(self, host):
        self.host = host
        self.open = False

    async def query(self, q):
        await asyncio.sleep(0.1)
        return f"{self.host}: {q} -> ok"


@asynccontextmanager
async def connect(host):
    conn = Connection(host)
    await asyncio.sleep(0.2)
    conn.open = True
    print(f"opened {host} at {asyncio.get_running_loop().time():.1f}")
    try:
        yield conn
    finally:
        await asyncio.sleep(0.1)
        conn.open = False
        print(f"closed {host} at {asyncio.get_running_loop().time():.1f}")


@asynccontextmanager
async def guarded():
    try:
        yield
    except asyncio.TimeoutError:
        print("timeout swallowed")


@asynccontextmanager
async def nothing():
    if False:
        yield


@asynccontextmanager
async def twice():
    yield
    yield


@connect("decorated")
async def job(n):
    await asyncio.sleep(0.05)
    print("job", n)


async def client(host, q):
    async with connect(host) as conn:
        return await conn.query(q)


async def main():
    async with connect("db") as conn:
        print(await conn.query("select 1"), conn.open)
    print("open after:", conn.open)
    print(await asyncio.gather(client("a", "x"), client("b", "y")))
    async with guarded():
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)
    print("after guarded")
    for cm in (nothing, twice):
        try:
            async with cm():
                pass
        except RuntimeError as e:
            print(cm.__name__, "RuntimeError:", e)
    await job(1)
    try:
        async with connect("broken"):
            raise KeyError("lost")
    except KeyError as e:
        print("KeyError:", e)
    async with connect("final"):
        await asyncio.sleep(0.1)
        raise ValueError("in the final block")


asyncio.run(main())
