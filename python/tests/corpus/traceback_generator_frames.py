def numbers(lines):
    for line in lines:
        yield float(line)


def average(lines):
    total = 0
    count = 0
    for x in numbers(lines):
        total += x
        count += 1
    return total / count


print(average(["1", "2.5"]))
print(average(["4", "n/a", "5"]))
