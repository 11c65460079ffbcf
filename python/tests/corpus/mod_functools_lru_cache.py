# functools.lru_cache and cache: hits and misses, LRU eviction, maxsize None
# and 0, typed keys, keyword arguments, cache_clear, methods, and unhashable
# arguments.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

calls = []


@functools.lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(x)
print(calls, square.cache_info())


@functools.lru_cache
def default_size(x, y=1):
    print("computing", x, y)
    return x + y


default_size(1)
default_size(1)
default_size(1, 1)
default_size(1, y=1)
default_size(y=1, x=1)
default_size(x=1, y=1)
print(default_size.cache_info(), default_size.cache_parameters())


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@functools.lru_cache(maxsize=0)
def never(x):
    return x


never(1)
never(1)
print(never.cache_info())


@functools.cache
def slow_double(x):
    print("doubling", x)
    return 2 * x


print(slow_double(21), slow_double(21), slow_double.cache_info())
info = slow_double.cache_info()
print(info.hits, info[1], info._fields, info == (1, 1, None, 1), type(info).__name__)
hits, misses, maxsize, currsize = info
print(hits + misses, maxsize, currsize)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.lru_cache(maxsize=16)
    def area(self, scale=1):
        print("area of", self.r)
        return 3 * self.r * self.r * scale


c = Circle(2)
print(c.area(), c.area(), Circle(3).area(), Circle.area.cache_info())
print(fib.__name__, fib.__wrapped__(10), square.__qualname__)
try:
    functools.lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
print(functools.lru_cache(-5)(abs).cache_info())
slow_double([1, 2])
