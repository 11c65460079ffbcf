import math

inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf)
print(nan == nan, nan != nan, nan is nan, math.isnan(nan))
print(inf == math.inf, math.inf > 1e308)
print(max(3, inf), min(-inf, 0))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5))
