def first_ok(items):
    for item in items:
        try:
            if item < 0:
                raise ValueError(item)
            return item
        finally:
            if item < 0:
                print("skipping", item)
                continue
    return None


print(first_ok([-1, -2, 3]))
for i in range(3):
    try:
        raise KeyError(i)
    finally:
        print("finally", i)
        break
print("loop ended quietly")


def gen():
    try:
        yield 1
        yield 2
    finally:
        return


print(list(gen()))
