print(sum([1, 2, 3]), sum([]), sum(range(10), 100), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum((1.5, 2.5), start=1))
print(abs(-5), abs(5), abs(-2.5), abs(True))
print(round(3.14159, 2), round(3.14159), round(-1.5), round(0.125, 2), round(15, -1), round(25, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.0, 5))
print(pow(2, 8), pow(2.0, 3), pow(10, -1), pow(5, 3, 7))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
