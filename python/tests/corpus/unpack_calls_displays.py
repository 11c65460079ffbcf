def show(a, b, c=0, *rest, **kw):
    print(a, b, c, rest, kw)


args = [1, 2]
show(*args)
show(*args, 3, *[4, 5])
show(*"xy", **{"c": 9, "d": 10})
show(0, *range(2), key="v", **{"other": 1})
first = [1, 2]
second = (3, 4)
print([*first, *second, 5])
print((*first, *"ab"))
print({*first, *second})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*first, sep="-")
try:
    show(1, 2, **{"c": 3}, c=4)
except TypeError as e:
    print("TypeError:", e)
