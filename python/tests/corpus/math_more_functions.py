# More of math: angles, atan2, copysign, fmod, pow, isqrt, comb, perm, lcm, prod, and their errors.
import math
print(math.degrees(math.pi / 3), math.radians(180), math.degrees(1), math.radians(45))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.asin(1), math.acos(0.5))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5.5, math.inf))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.isqrt(10), math.isqrt(10**30), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.gcd(12, -18), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2], start=2))
for f in [lambda: math.asin(2), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.pow(0, -1),
          lambda: math.pow(10, 400), lambda: math.fmod(1, 0), lambda: math.isqrt(2.0), lambda: math.comb(5)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
