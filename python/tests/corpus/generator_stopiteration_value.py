def compute():
    yield 1
    yield 2
    return "result"


g = compute()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
print(list(compute()))


def empty():
    return 5
    yield


try:
    next(empty())
except StopIteration as e:
    print(repr(e), e.value)
