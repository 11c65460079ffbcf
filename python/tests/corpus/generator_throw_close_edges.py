def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", repr(e))
        yield "after throw"
    finally:
        print("gen finally")


g = gen()
try:
    g.throw(ValueError)
except ValueError as e:
    print("unstarted throw propagates", repr(e))
print(next(g, "exhausted"))
g = gen()
print(next(g), g.throw(ValueError), g.close(), g.close())
g = gen()
print(g.close(), next(g, "closed before start"))
g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    g.send(None)
except StopIteration:
    print("send after finish: StopIteration")


def simple():
    x = yield
    print("received", x)
    y = yield x * 2
    print("received", y)


s = simple()
print(s.send(None), s.send(4))
try:
    s.send(5)
except StopIteration as e:
    print("StopIteration value", e.value)
