import math

print(math.sqrt(16), math.sqrt(2 ** 100), math.sqrt(10 ** 100), math.sqrt(-0.0), math.sqrt(math.inf))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(True), math.ceil(7), math.floor(1e20), math.ceil(2.0000000001))
print(math.floor(-10 ** 30 - 0.5), math.pi * 2, round(math.pi, 10), -math.inf < -10 ** 1000)
print(math.inf - math.inf, math.inf * -1, type(math.sqrt(4)).__name__, math.floor(math.pi) + math.ceil(math.pi))
for action in [lambda: math.sqrt("4"), lambda: math.floor("1"), lambda: math.ceil(None), lambda: math.sqrt()]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
