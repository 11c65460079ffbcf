def numbers():
    n = 0
    while True:
        print("produce", n)
        yield n
        n += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


pipeline = evens(numbers())
for value in pipeline:
    print("consume", value)
    if value >= 4:
        break
