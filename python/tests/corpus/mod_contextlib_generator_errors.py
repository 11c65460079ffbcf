# The RuntimeErrors of a badly written @contextmanager generator, and an
# exception raised in its setup or cleanup (their tracebacks show the
# generator's lines).
from contextlib import contextmanager


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def keeps_yielding():
    while True:
        try:
            yield
        except ValueError:
            print("ignoring the ValueError")


@contextmanager
def stop_inside():
    yield


for cm in (no_yield, two_yields, keeps_yielding):
    try:
        with cm():
            if cm is keeps_yielding:
                raise ValueError("once")
    except RuntimeError as e:
        print(cm.__name__, "RuntimeError:", e)

try:
    with stop_inside():
        raise StopIteration("from the body")
except StopIteration as e:
    print("StopIteration passes through:", e)


@contextmanager
def failing_setup():
    print("setting up")
    raise ConnectionError("no connection")
    yield


@contextmanager
def failing_cleanup():
    yield
    print("cleaning up")
    raise OSError("cleanup failed")


try:
    with failing_setup():
        print("never here")
except ConnectionError as e:
    print("ConnectionError:", e)


def run():
    with failing_cleanup():
        print("body done")


run()
