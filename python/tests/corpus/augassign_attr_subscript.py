class Counter:
    def __init__(self):
        self.hits = 0


c = Counter()
for _ in range(3):
    c.hits += 1
print(c.hits)
scores = {"ann": 10}
scores["ann"] -= 4
scores["ann"] *= 3
print(scores)
grid = [[1, 2], [3, 4]]
grid[1][0] **= 2
grid[0][1] //= 2
print(grid)
words = ["a"]
words[0] += "bc"
print(words)
