class Quit(BaseException):
    pass


try:
    try:
        raise Quit("stop now")
    except Exception:
        print("Exception does not catch it")
except BaseException as e:
    print("BaseException caught", repr(e))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(KeyboardInterrupt, BaseException))
import asyncio
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
try:
    raise BaseException("base", 1)
except BaseException as e:
    print(e, e.args)
