r = range(10)
print(r, range(2, 8), range(0, 20, 5), range(5, 0, -1))
print(len(r), len(range(2, 8)), len(range(0, 20, 5)), len(range(5, 0, -2)), len(range(3, 1)))
print(list(range(5, 0, -2)), list(range(-3, 3)), list(range(0)))
print(r[3], r[-1], r[2:5], r[::-1], r[::3])
print(list(range(10)[1:7:2]))
print(5 in r, 10 in r, -1 in range(-5, 0), 4 in range(10, 0, -2))
print(range(3) == range(0, 3), sum(range(101)), max(range(7)))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
