size = 6
print("    " + "".join(f"{c:4}" for c in range(1, size + 1)))
print("    " + "-" * (4 * size))
for r in range(1, size + 1):
    row = "".join(f"{r * c:4}" for c in range(1, size + 1))
    print(f"{r:2} |{row}")
