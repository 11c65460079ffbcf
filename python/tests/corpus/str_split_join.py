line = "  alpha  beta\tgamma\n delta "
print(line.split())
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a b c d".split(" ", maxsplit=2))
print("a b c d".split(maxsplit=1))
print("".split(), "".split(","), "abc".split("b"))
print("one::two::three".split("::"))
print(",".join(["x", "y", "z"]), "".join("abc"), " / ".join(map(str, [1, 2, 3])))
print("-".join([]), "+".join("solo"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
