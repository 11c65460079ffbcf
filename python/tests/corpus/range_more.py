r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], r[2:5], r[::-2], r[1:-1:2])
print(r.index(4), r.count(4), r.count(5), 4 in r, 5 in r)
print(list(reversed(range(1, 10, 4))), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1))
print(range(1, 7, 2)[::-1], range(10)[::-1][2], range(5)[-10:3], range(5)[3:100])
huge = range(10 ** 20)
print(huge[10 ** 19], huge[-1], 10 ** 19 in huge, huge[:3])
try:
    len(huge)
except OverflowError as e:
    print("OverflowError:", e)
try:
    r.index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
