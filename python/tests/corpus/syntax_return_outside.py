print("this never prints")
x = 5
if x > 3:
    return x
print("nor this")
