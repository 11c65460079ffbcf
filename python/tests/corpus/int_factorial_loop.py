def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


for n in (0, 1, 5, 20, 21, 30):
    print(n, factorial(n))
print(factorial(100) // factorial(98))
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
