b = bytes(10**12)
print(len(b))
