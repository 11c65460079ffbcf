# pow by keyword and its missing arguments; an except tuple with a non-class; exit() and quit().
print(pow(2, 3, mod=5), pow(base=2, exp=3), pow(2, exp=10), pow(3, 2, None))
for f in [lambda: pow(2), lambda: pow(), lambda: pow(2, 3, modulo=5), lambda: pow(2, 3, base=1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except (ValueError, 5):
        print("caught")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
try:
    try:
        raise KeyError("k")
    except (ValueError, (KeyError,)):
        print("caught nested")
except TypeError as e:
    print("TypeError:", e)
print("start")
exit(2)
