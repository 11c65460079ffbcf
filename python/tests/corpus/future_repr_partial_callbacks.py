import asyncio
import functools


def report(tag, fut, *, level="info"):
    print(level, tag, fut.result())


def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@logged
def done(fut):
    print("done", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(report, "a"))
    fut.add_done_callback(functools.partial(report, "b", level="warn"))
    print(repr(fut))
    fut.add_done_callback(done)
    print(repr(fut))
    handle = loop.call_later(1, functools.partial(fut.set_result, 42))
    print(repr(handle))
    print(loop.slow_callback_duration)
    await fut


asyncio.run(main())
