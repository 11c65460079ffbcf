# time.sleep inside a generator that a builtin consumes: the clock moves as in CPython.
import time
def slow(n):
    for i in range(n):
        time.sleep(0.5)
        yield i
s = time.perf_counter()
print(*slow(3))
print(f"{time.perf_counter() - s:.1f}")
s = time.perf_counter()
print([*slow(3)])
print(f"{time.perf_counter() - s:.1f}")
s = time.perf_counter()
print(list(slow(3)))
print(f"{time.perf_counter() - s:.1f}")
print(sum(slow(2)), sorted(slow(2)))
print(f"{time.perf_counter() - s:.1f}")
