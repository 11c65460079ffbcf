def countdown(n):
    return countdown(n + 1)


try:
    countdown(0)
except RecursionError as e:
    print("caught", type(e).__name__)
    print(isinstance(e, RuntimeError))
    print(str(e).startswith("maximum recursion depth exceeded"))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
