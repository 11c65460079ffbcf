def stubborn():
    refused = False
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            if refused:
                return
            refused = True
            print("refusing to close")


g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def returns_in_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_in_close()
next(r)
print("close returned", r.close())
print("second close", g.close())
