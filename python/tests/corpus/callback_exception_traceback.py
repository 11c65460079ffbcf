import asyncio


def check(value):
    raise ValueError(f"bad value {value}")


def convert():
    try:
        check(1)
    except ValueError as e:
        raise RuntimeError("convert failed") from e


def retry(n):
    if n == 0:
        raise LookupError("gave up")
    retry(n - 1)


def on_done(fut):
    raise KeyError(fut.result())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(check, 0)
    loop.call_soon(convert)
    loop.call_later(0.5, retry, 2)
    loop.call_soon(42)
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.set_result("k")
    await asyncio.sleep(1)
    print("the loop went on")


asyncio.run(main())
