x = 0
while x >= 0:
    x += 1
