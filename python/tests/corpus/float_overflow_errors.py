import math

for action in [
    lambda: float(10 ** 400),
    lambda: 10 ** 400 / 3,
    lambda: 2.0 ** 10000,
    lambda: math.floor(math.inf),
    lambda: math.ceil(float("nan")),
    lambda: round(math.inf),
    lambda: math.sqrt(10 ** 400),
    lambda: 10 ** 400 * 1.5,
    lambda: int(float("-inf")),
]:
    try:
        print(action())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(1e308 * 10, 10 ** 400 // 3 > 10 ** 399, len(str(int(1e300))), 10 ** 400 > 1e308)
