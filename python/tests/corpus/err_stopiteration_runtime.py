def gen():
    yield 1
    raise StopIteration("inside generator")


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
