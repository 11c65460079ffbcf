# `except E as e` unbinds e when the handler ends, even when it ends by raising.
import asyncio


def convert(text):
    try:
        try:
            return int(text)
        except ValueError as err:
            raise TypeError(f"not a number: {text!r}") from err
    except TypeError as outer:
        print("outer:", outer, "| cause:", outer.__cause__)
        try:
            print(err)
        except NameError as missing:
            print("NameError:", missing)
    return None


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    try:
        if i % 2:
            raise KeyError(i)
        return i
    except KeyError as e:
        raise RuntimeError(f"task {i} failed") from e


async def main():
    print(convert("12"), convert("x"))
    results = await asyncio.gather(*(fetch(i) for i in range(4)), return_exceptions=True)
    for r in results:
        print(repr(r), repr(r.__cause__) if isinstance(r, BaseException) else "")
    for i in range(2):
        try:
            break
        except Exception as e:
            pass
    try:
        print(e)
    except NameError as ne:
        print("still unbound:", ne)


asyncio.run(main())
