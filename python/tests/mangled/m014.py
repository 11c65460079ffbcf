s = 'a' * 10**12
print(len(s))
