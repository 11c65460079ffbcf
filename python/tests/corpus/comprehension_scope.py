x = "outer"
result = [x for x in range(3)]
print(result, x)
i = 99
squares = {i: i * i for i in range(2)}
print(squares, i)
gen = (y for y in range(2))
print(list(gen))
try:
    print(y)
except NameError as e:
    print("NameError:", e)
for k in range(3):
    pass
print("for leaks:", k)
n = 10
print([n + j for j in range(3)])
