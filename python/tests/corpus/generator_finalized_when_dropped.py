# A suspended generator that is dropped is closed: its finally blocks and
# with-exits run at once (a for loop left by break, a rebinding, del, a local of
# a function that returns, list.clear, last item first); those still alive at
# the end are closed after the program, in the order they were made. A frame
# unwound by an exception lives as long as the exception (its traceback).
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print(f"numbers({tag}) finalized")


def lines(name):
    with Resource(name):
        yield "line 1"
        yield "line 2"


def outer(tag):
    try:
        yield from numbers(tag + ".inner")
    finally:
        print(f"outer({tag}) finalized")


def plain():
    yield 1
    yield 2


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("catcher saw GeneratorExit")
        raise


for x in numbers("loop"):
    if x == 1:
        break
print("after the loop")

g = numbers("rebound")
next(g)
g = None
print("after rebinding")

h = lines("file.txt")
print(next(h))
del h
print("after del")


def first(tag):
    it = numbers(tag)
    v = next(it)
    print("first returns", v)
    return v


first("local")
print("after first")

gens = [numbers(i) for i in range(3)]
for gen in gens:
    next(gen)
gens.clear()
print("after clear")

o = outer("o")
next(o)
o = None
print("after outer")

p = plain()
next(p)
p = None
unstarted = numbers("never started")
unstarted = None
done = numbers("done")
print(list(done))
done = None
c = catcher()
next(c)
c = None



def fails():
    it = numbers("in a frame that raised")
    next(it)
    raise ValueError("x")


try:
    fails()
except ValueError:
    print("caught: the traceback keeps the frame (and its generator) until here")
print("after the handler")

kept1 = numbers("kept 1")
next(kept1)
kept2 = lines("kept.txt")
next(kept2)
print("end of the program")
