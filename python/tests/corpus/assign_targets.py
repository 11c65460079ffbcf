class Box:
    pass


b = Box()
b.size = 3
b.label = "small"
print(b.size, b.label)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
print(grid)
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
x = y = z = 0
y = 5
print(x, y, z)
b.items = [1, 2]
b.items[0] = "first"
print(b.items)
