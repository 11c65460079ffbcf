import math

print(math.sqrt(2), math.sqrt(144), math.pi, math.inf)
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7))
print(type(math.floor(2.5)).__name__, math.floor(7), math.ceil(10 ** 20 + 0.5))
print(math.inf > 10 ** 300, -math.inf, math.isinf(math.inf))
print(round(math.pi, 4), f"{math.pi:.10f}", math.e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
area = math.pi * 2 ** 2
print(f"circle area {area:.3f}")
