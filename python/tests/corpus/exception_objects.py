e = ValueError("x")
print(repr(e), str(e), e.args)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")))
print(repr(Exception()), repr(str(Exception())), repr(RuntimeError("a", 2)), str(RuntimeError("a", 2)))
print(repr(TypeError("quote's")), repr(IndexError(3)))
print(isinstance(e, Exception), isinstance(e, BaseException), type(e).__name__)
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(KeyboardInterrupt()), issubclass(KeyboardInterrupt, Exception))
print(repr(NotImplementedError("todo")), repr(TimeoutError()), repr(AssertionError("m")))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
try:
    raise e
except ValueError as caught:
    print(caught is e)
