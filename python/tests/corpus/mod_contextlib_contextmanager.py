# contextlib.contextmanager: setup and cleanup around the with block, the
# value of `as`, exceptions thrown into the generator (handled, swallowed,
# replaced), and use as a decorator.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)

with tag("outer"), tag("inner"):
    print("nested")


@contextmanager
def swallowing(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallowing(KeyError, ZeroDivisionError):
    1 / 0
print("after the swallowed error")


@contextmanager
def translating():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"missing {e}") from e


try:
    with translating():
        {}["key"]
except LookupError as e:
    print("LookupError:", e, "| cause:", repr(e.__cause__))


@contextmanager
def reporting():
    try:
        yield
    except ValueError:
        print("saw ValueError, letting it go on")
        raise


try:
    with reporting():
        raise ValueError("bad value")
except ValueError as e:
    print("caught outside:", e)


@tag("section")
def work(n):
    print("working", n)
    return n * 2


print(work(1), work(2))
print(work.__name__)


@contextmanager
def doc_cm():
    "Documented manager."
    yield


print(doc_cm().__doc__, doc_cm.__name__, doc_cm.__doc__)
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError:", e)
with tag("boom"):
    raise RuntimeError("inside the block")
