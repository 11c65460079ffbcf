# math's hyperbolic functions, expm1/log1p/exp2/cbrt, remainder, nextafter and ulp.
import math, random
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.expm1(1e-10), math.log1p(1e-10), math.exp2(10), math.exp2(0.5), math.cbrt(27), math.cbrt(-8))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7.5, 2), math.remainder(5, 2), math.remainder(7, 2))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(3, 3))
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
for bad in [lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.sinh(1000),
            lambda: math.exp2(5000), lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 1)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
random.seed(7)
acc = 0
for i in range(2000):
    x = random.uniform(-20, 20)
    y = random.uniform(-5, 5)
    vals = [math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.expm1(x), math.cbrt(x), math.exp2(x), math.remainder(x, y), math.ulp(x), math.nextafter(x, y)]
    if abs(x) < 1:
        vals.append(math.atanh(x))
        vals.append(math.log1p(x))
    if x >= 1:
        vals.append(math.acosh(x))
    for ch in repr(vals):
        acc = (acc * 31 + ord(ch)) % 1000000007
print(acc)
