counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read_only():
    return counter * 10


bump()
bump()
print(counter, read_only())


def make_new():
    global fresh
    fresh = "created inside"


make_new()
print(fresh)
