# Messages: a property without a deleter, a slice given a non-iterable, __format__ returning a non-str, object's repr; math's range errors and logs of big ints.
import math

class R:
    @property
    def ro(self):
        return 1

    @property
    def rw(self):
        return self._v

    @rw.deleter
    def rw(self):
        print("deleting rw")

r = R()
try:
    del r.ro
except AttributeError as e:
    print(e)
del r.rw
b = [1, 2, 3]
try:
    b[0:1] = 5
except TypeError as e:
    print(e)
b[1:2] = "xy"
print(b)

class F:
    def __format__(self, spec):
        return 1

try:
    print(f"{F()}")
except TypeError as e:
    print(e)
print(repr(object())[:16], type(object()).__name__)
for v in [1000, -1000]:
    try:
        print(math.exp(v))
    except OverflowError as e:
        print("OverflowError", e)
print(math.log(10**400), math.log(2**5000), math.log(10**400, 10), math.log(8, 2))
for v in [0, -(10**400)]:
    try:
        print(math.log(v))
    except ValueError as e:
        print("ValueError", e)
