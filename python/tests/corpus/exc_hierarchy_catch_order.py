class AppError(Exception):
    pass


class NetworkError(AppError):
    pass


class TimeoutErr(NetworkError):
    pass


for exc in [TimeoutErr("slow"), NetworkError("down"), AppError("bad"), KeyError("k")]:
    try:
        raise exc
    except NetworkError as e:
        print("network:", type(e).__name__, e)
    except AppError as e:
        print("app:", e)
    except Exception as e:
        print("other:", repr(e))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(Exception, BaseException))
