import sys

print("a", "b", sep=None, end=None)
print("x", 1, sep="", end="|\n")
for action in [
    lambda: print("a", sep=1),
    lambda: print("a", end=5),
    lambda: print("a", file=1),
    lambda: print("a", x=1),
    lambda: sys.stdout.write(5),
]:
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("done", file=sys.stdout, flush=True)
