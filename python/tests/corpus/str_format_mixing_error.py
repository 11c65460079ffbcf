try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{0}{0}{0}".format("ab"))
print(format(3.14159, ".3f"), format("x", ">3"), format(5))
