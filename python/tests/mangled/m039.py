n = 0
while 1:
    n += 1
    if n % 2:
        continue
