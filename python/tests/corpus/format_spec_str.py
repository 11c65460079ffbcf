s = "cat"
print(f"[{s}] [{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:^9}]")
print(f"[{s:*<8}] [{s:->8}] [{s:.^9}] [{s:.2}] [{s:>6.1}]")
print(f"[{'':5}] [{'toolong':3}] [{s!r:>8}] [{s:s}]")
print("[" + format("x", "~^5") + "]")
print(f"[{'héllo':^9}] [{'日本':>4}]")
try:
    print(f"{s:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{42:s}")
except ValueError as e:
    print("ValueError:", e)
