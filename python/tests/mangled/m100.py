def g():
    while True:
        yield 1

print(sum(g()))
