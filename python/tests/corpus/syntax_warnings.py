# CPython's compiler warns (on stderr, before the program runs) about code
# that is legal but almost surely a mistake: "is" with a literal, an assert
# of a tuple, calling or subscripting a literal ("perhaps you missed a comma?").
x = 5
name = "ada"
if x is 5:
    print("five")
if name is not "bob":
    print("not bob")
print(x is None, x is not True, x is ..., x is (None, 1) or True)
assert (x, "always true")
try:
    assert (), "an empty tuple is false"
except AssertionError as e:
    print("AssertionError:", e)
points = [(1, 2), (3, 4)]
print(points[0], "ab"[1:], [10, 20][x - 4])
try:
    print([(1, 2) (3, 4)])
except TypeError as e:
    print("TypeError:", e)
try:
    print(["a", "b"]["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(None[0])
except TypeError as e:
    print("TypeError:", e)
try:
    print({1, 2}[0])
except TypeError as e:
    print("TypeError:", e)
try:
    "text"()
except TypeError as e:
    print("TypeError:", e)
print((lambda: 1)(), x is -1, 1 < x is 5)
