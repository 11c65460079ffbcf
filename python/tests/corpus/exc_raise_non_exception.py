def raise_int():
    raise 5


def raise_bad_cause():
    raise ValueError("v") from 5


def raise_str():
    raise "text"


def raise_non_exc_class():
    raise int


for action in [raise_int, raise_bad_cause, raise_str, raise_non_exc_class]:
    try:
        action()
    except TypeError as e:
        print(action.__name__, "->", "TypeError:", e)


def fail():
    raise IndexError


try:
    fail()
except IndexError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise KeyError from None
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
fail()
