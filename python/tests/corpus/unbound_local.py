total = 10


def broken():
    total += 1
    return total


try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))
    print(e)
