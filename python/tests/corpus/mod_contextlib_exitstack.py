# contextlib.ExitStack and AsyncExitStack: callbacks and exits run last in,
# first out; an exit that suppresses; an exception in a callback chained to
# the body's; pop_all; enter_async_context and push_async_callback.
import asyncio
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager, contextmanager, suppress


@contextmanager
def resource(name):
    print("acquire", name)
    yield name
    print("release", name)


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in "abc"]
    stack.callback(print, "callback with", "args", sep="-")
    print("using", names)


@stack.push
def observer(exc_type, exc, tb):
    print("observer saw", exc_type)


with ExitStack() as stack:
    stack.push(observer)
    stack.enter_context(suppress(KeyError))
    stack.callback(print, "cleanup before the error is suppressed")
    raise KeyError("gone")
print("after the suppressed KeyError")

with ExitStack() as outer:
    outer.enter_context(resource("kept"))
    kept = outer.pop_all()
print("popped; now closing")
kept.close()


def failing_callback():
    raise ValueError("callback failed")


try:
    with ExitStack() as stack:
        stack.callback(failing_callback)
        raise KeyError("body failed")
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)


@asynccontextmanager
async def session(name, delay):
    await asyncio.sleep(delay)
    print("open", name)
    try:
        yield name
    finally:
        await asyncio.sleep(delay)
        print("close", name)


async def farewell(who):
    await asyncio.sleep(0.05)
    print("async callback for", who)


async def main():
    async with AsyncExitStack() as stack:
        sessions = [await stack.enter_async_context(session(n, 0.1)) for n in ("s1", "s2")]
        stack.push_async_callback(farewell, "everyone")
        stack.enter_context(resource("sync one"))
        print("sessions", sessions, f"{asyncio.get_running_loop().time():.2f}")
    print("all closed", f"{asyncio.get_running_loop().time():.2f}")
    try:
        await AsyncExitStack().enter_async_context(resource("not async"))
    except TypeError as e:
        print("TypeError:", e)
    stack = AsyncExitStack()
    await stack.enter_async_context(session("manual", 0.01))
    await stack.aclose()
    async with AsyncExitStack() as stack:
        stack.push_async_callback(farewell, "the failed block")
        await stack.enter_async_context(session("failing", 0.01))
        raise RuntimeError("async block failed")


asyncio.run(main())
