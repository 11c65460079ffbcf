x = 7 ** 120000
print(len(str(x)))
