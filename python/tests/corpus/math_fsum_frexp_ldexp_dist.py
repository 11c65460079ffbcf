# math.fsum, modf, frexp, ldexp and dist; hypot and dist as CPython's vector_norm.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 10 for x in range(5)))
print(math.modf(3.5), math.modf(-2.25), math.modf(math.inf))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1.5, -1074), math.ldexp(3, -1075))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]))
print(math.hypot(1, 2, 2), math.hypot(), math.hypot(-3), math.hypot(0.1, 0.2, 0.3))
grades = [88.5, 92.25, 79.75, 95.1]
print(f"average: {math.fsum(grades) / len(grades):.4f}")
for bad in [
    lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.fsum([1e308, 1e308]),
    lambda: math.ldexp(1.0, 2000),
    lambda: math.ldexp(1, 2.0),
    lambda: math.dist((1,), (1, 2)),
    lambda: math.dist(1, 2),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
