count = 0


def bump():
    nonlocal count
    count += 1


bump()
print(count)
