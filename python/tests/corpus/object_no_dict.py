# A bare object() has no __dict__: the AttributeError, hasattr and vars().
o = object()
try:
    o.__dict__
except AttributeError as e:
    print(e)
print(hasattr(o, "__dict__"), hasattr(object, "__dict__"), type(o).__name__)
try:
    vars(o)
except TypeError as e:
    print(e)
class A:
    pass
print(A().__dict__, vars(A()))
