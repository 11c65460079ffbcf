# contextlib.suppress, closing, aclosing and nullcontext.
import asyncio
from contextlib import aclosing, closing, nullcontext, suppress

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed a KeyError")
with suppress(LookupError):
    [][1]
print("suppressed an IndexError as a LookupError")
with suppress():
    print("suppress() with nothing to suppress")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("file")) as r:
    print("using", r.name)
try:
    with closing(Resource("broken")):
        raise OSError("disk full")
except OSError as e:
    print("OSError:", e)

with nullcontext("plain value") as v:
    print(v)
with nullcontext() as nothing:
    print(nothing)


def maybe_lock(lock=None):
    return lock if lock is not None else nullcontext()


with maybe_lock():
    print("no lock needed")


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("ticker closed")


async def main():
    async with aclosing(ticker(10)) as t:
        async for i in t:
            print("tick", i)
            if i == 2:
                break
    print("after the loop")
    async with nullcontext(5) as five:
        print("async nullcontext", five)
    lock = asyncio.Lock()
    async with maybe_lock(lock):
        print("locked:", lock.locked())


asyncio.run(main())
with suppress(KeyError):
    raise ValueError("not suppressed")
