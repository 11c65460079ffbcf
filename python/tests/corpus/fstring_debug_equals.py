x = 42
name = "Ada"
print(f"{x=}")
print(f"{name=}")
print(f"{x + 1 = }")
print(f"{name=!s}")
print(f"{x=:08.2f}")
pi = 3.14159
print(f"{pi=:.2f} and {len(name)=}")
