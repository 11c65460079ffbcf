matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [x for row in matrix for x in row]
print(flat)
print([x for row in matrix if row[0] > 1 for x in row if x % 2 == 1])
print([(a, b) for a in range(3) for b in range(a)])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print([c + d for c in "ab" for d in "xy"])
