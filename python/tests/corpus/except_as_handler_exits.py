# except ... as e: the name is unbound after continue, break, return and a raise in the handler.
def f(n):
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 0:
                continue
            if i == 1:
                try:
                    raise KeyError("inner")
                except KeyError as k:
                    print("inner caught", k, e)
                print("after inner", e)
                continue
            if i == 2:
                break
    try:
        print(e)
    except NameError as x:
        print("unbound", x)
    try:
        raise OSError("o")
    except OSError as e2:
        return f"returned {e2}"

def g():
    try:
        1 / 0
    except ZeroDivisionError as z:
        try:
            raise ValueError("in handler")
        finally:
            print("finally sees z:", z)

print(f(5))
try:
    g()
except ValueError as v:
    print("g raised", v, "context", repr(v.__context__))
