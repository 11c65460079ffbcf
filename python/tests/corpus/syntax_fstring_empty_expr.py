name = "ann"
print(f"hello {name}")
print(f"value: {}")
