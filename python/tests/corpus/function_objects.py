def greet(name):
    """Say hello."""
    return "hi " + name


say = greet
print(say("ann"), say is greet, greet.__name__, greet.__doc__)
print(type(greet).__name__, callable(greet))


def apply_twice(f, x):
    return f(f(x))


print(apply_twice(lambda v: v * 3, 2))
print(apply_twice(str.upper, "ab"))
print((lambda: 0).__name__)
handlers = {"double": lambda x: 2 * x, "neg": lambda x: -x}
for name in handlers:
    print(name, handlers[name](21))
