def nothing():
    pass


x = nothing()
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, bool(x))
print([None, None], {None: 1})
print(f"{x}", "%s" % x)
try:
    x.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
