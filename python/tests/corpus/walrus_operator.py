data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
queue = [1, 2, 3]
while (item := queue.pop()) != 1:
    print("popped", item)
print("stopped at", item)
values = [y for x in data if (y := x * 2) > 30]
print(values, y)
print((total := sum(data)), total // n)
