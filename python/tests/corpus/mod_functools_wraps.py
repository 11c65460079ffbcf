# functools.wraps on sync and async decorators: the wrapper takes the wrapped
# function's __name__, __qualname__, __doc__, __module__ and __dict__, and
# __wrapped__ reaches the original.
import asyncio
import functools
import time


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = await func(*args, **kwargs)
        print(f"{func.__name__} took {time.perf_counter() - start:.2f}s")
        return result

    return wrapper


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {wrapper.__name__}{args}")
        return func(*args, **kwargs)

    return wrapper


def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@timed
async def download(url, delay=0.3):
    """Pretend to download a page."""
    await asyncio.sleep(delay)
    return f"<{url}>"


@logged
def add(a, b):
    "Add two numbers."
    return a + b


add.unit = "apples"


@plain
def bare():
    "Lost docstring."


class Service:
    @timed
    async def ping(self):
        await asyncio.sleep(0.1)
        return "pong"


async def main():
    print(await download("a.example"))
    pages = await asyncio.gather(download("b.example", 0.2), download("c.example", 0.1))
    print(pages)
    print(await Service().ping())


asyncio.run(main())
print(add(2, 3))
print(download.__name__, download.__qualname__, download.__doc__, download.__module__)
print(download.__wrapped__.__name__, download.__wrapped__ is not download)
print(add.__name__, add.__doc__, add.unit, add.__wrapped__(1, 1))
print(sorted(add.__dict__))
print(bare.__name__, bare.__qualname__, bare.__doc__)
print(Service.ping.__qualname__, Service.ping.__name__)


def shout(func):
    return functools.update_wrapper(lambda *a: func(*a).upper(), func)


@shout
def word(w):
    "Say a word."
    return w


print(word("hi"), word.__name__, word.__doc__, word.__wrapped__("x"))


def tagged(func):
    @functools.wraps(func, assigned=("__name__",), updated=())
    def wrapper():
        return func()

    return wrapper


@tagged
def original():
    "Docstring not copied."
    return 1


original_dict = original.__dict__
print(original.__name__, original.__doc__, sorted(original_dict))
