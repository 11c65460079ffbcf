for ch in "hey":
    print(ch, end=" ")
print()
for k in {"a": 1, "b": 2}:
    print(k, end=" ")
print()
for x, y in [(1, 2), (3, 4)]:
    print(x + y, end=" ")
print()
for n in range(10, 0, -3):
    print(n, end=" ")
else:
    print("| done")
for i in (2, 3, 5, 7):
    if i % 2 == 0 and i > 2:
        break
else:
    print("no even number above 2")
