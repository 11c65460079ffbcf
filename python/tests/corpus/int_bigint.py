import math

print(2 ** 100)
print(math.factorial(50))
big = 10 ** 30 + 7
print(big * big)
print(big // 13, big % 13)
print(-(2 ** 64), (2 ** 64) - 1 == 18446744073709551615)
print(len(str(2 ** 1000)))
print(2 ** 200 // 3 ** 50)
print(int("123456789012345678901234567890") + 1)
print(str(7 ** 77)[-10:])
