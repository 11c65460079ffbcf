# Every built-in exception class is there, with CPython's hierarchy.
classes = [
    ArithmeticError, AssertionError, AttributeError, BaseException, BaseExceptionGroup,
    BlockingIOError, BrokenPipeError, BufferError, BytesWarning, ChildProcessError,
    ConnectionAbortedError, ConnectionError, ConnectionRefusedError,
    ConnectionResetError, DeprecationWarning, EOFError, EncodingWarning,
    EnvironmentError, Exception, ExceptionGroup, FileExistsError, FileNotFoundError,
    FloatingPointError, FutureWarning, GeneratorExit, IOError, ImportError,
    ImportWarning, IndentationError, IndexError, InterruptedError, IsADirectoryError,
    KeyError, KeyboardInterrupt, LookupError, MemoryError, ModuleNotFoundError,
    NameError, NotADirectoryError, NotImplementedError, OSError, OverflowError,
    PendingDeprecationWarning, PermissionError, ProcessLookupError, RecursionError,
    ReferenceError, ResourceWarning, RuntimeError, RuntimeWarning, StopAsyncIteration,
    StopIteration, SyntaxError, SyntaxWarning, SystemError, SystemExit, TabError,
    TimeoutError, TypeError, UnboundLocalError, UnicodeDecodeError, UnicodeEncodeError,
    UnicodeError, UnicodeTranslateError, UnicodeWarning, UserWarning, ValueError,
    Warning, ZeroDivisionError,
]
for c in classes:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise PermissionError("denied")
except OSError as e:
    print(type(e).__name__, e)
try:
    raise ConnectionResetError("reset by peer")
except ConnectionError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
try:
    raise TabError("tabs")
except SyntaxError as e:
    print(type(e).__name__, isinstance(e, IndentationError))
