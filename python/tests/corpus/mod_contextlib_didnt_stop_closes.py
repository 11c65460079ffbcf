# When a @contextmanager generator does not stop (it yields again) the
# generator is closed before "generator didn't stop" propagates: its finally
# runs; asynccontextmanager does the same with aclose().
import asyncio
from contextlib import asynccontextmanager, contextmanager


@contextmanager
def stubborn():
    try:
        yield "first"
        yield "second"
    finally:
        print("stubborn closed")


@contextmanager
def ignores_errors():
    while True:
        try:
            yield
        except Exception as e:
            print("ignoring", repr(e))
        finally:
            print("ignores_errors finally")


try:
    with stubborn() as v:
        print("body with", v)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with ignores_errors():
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError:", e)


@asynccontextmanager
async def stubborn_async():
    try:
        yield 1
        await asyncio.sleep(0.1)
        yield 2
    finally:
        await asyncio.sleep(0.1)
        print("stubborn_async closed at", asyncio.get_running_loop().time())


async def main():
    try:
        async with stubborn_async():
            print("async body")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
