value = 3.14159265
for width in (8, 12):
    for precision in (1, 3):
        print(f"[{value:{width}.{precision}f}]")
align = "^"
fill = "*"
print(f"[{'mid':{fill}{align}11}]")
spec = ">10,"
print(f"[{1234567:{spec}}]")
rows = [("apple", 1.5), ("kiwi", 12.25)]
w = max(len(r[0]) for r in rows)
for label, price in rows:
    print(f"{label:<{w}} | {price:>{w}.2f}")
