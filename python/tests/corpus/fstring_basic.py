name = "Ada"
age = 36
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {age!r}")
print(f"next year: {age + 1}, upper: {name.upper()}")
print(f"{{literal braces}} {{{age}}}")
items = {"a": 1}
print(f"{items['a']} {items}")
print(f"{'nested quotes'}")
print(f"{3.0} {1/3} {[1, 'x']} {None} {True}")
